package nl.techniekpact.model.pact;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.techniekpact.model.shared.DeletableEntity;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.InvalidValueException;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.Require;

/**
 * A goal of a pact edition (een doel van het Techniekpact), such as "Doel 1: Basisscholen bieden in
 * 2020 structureel W&amp;T aan". Numbered within its {@link Pact}; cases and ambassadors link to
 * it. Created through {@link Pact#addGoal}.
 *
 * <pre>{@code
 * Goal goal = pact.goal(4).orElseThrow();
 * goal.retitle(LocalizedText.of("Voldoende vo-leerlingen kiezen voor een bètatechnisch profiel"));
 * goal.concern(Set.of(EducationLevel.VO));
 * }</pre>
 *
 * <p>Table {@code goal}, unique on {@code (pact_id, goal_number)}; education levels in {@code
 * goal_education_level}.
 *
 * @since 0.1.0
 */
@Entity
@Table(name = "goal")
public class Goal extends DeletableEntity {

  /** The maximum length of a title in each language. */
  public static final int MAX_TITLE_LENGTH = 500;

  static final Comparator<Goal> BY_NUMBER = Comparator.comparingInt(Goal::getNumber);

  /** Orders goals by the slug of their pact edition, then by number, as lists show them. */
  public static final Comparator<Goal> BY_PACT_AND_NUMBER =
      Comparator.comparing((Goal g) -> g.getPact().getSlug()).thenComparingInt(Goal::getNumber);

  @NotNull
  @ManyToOne(optional = false)
  @JoinColumn(name = "pact_id", nullable = false)
  private Pact pact;

  @Positive
  @Column(name = "goal_number", nullable = false)
  private int number;

  @NotNull
  @Valid
  @Embedded
  @AttributeOverride(name = "nl", column = @Column(name = "title_nl"))
  @AttributeOverride(name = "en", column = @Column(name = "title_en"))
  private LocalizedText title;

  @Valid
  @Embedded
  @AttributeOverride(name = "nl", column = @Column(name = "description_nl"))
  @AttributeOverride(name = "en", column = @Column(name = "description_en"))
  private LocalizedText description;

  @ManyToOne
  @JoinColumn(name = "theme_id")
  private Theme theme;

  @ElementCollection
  @CollectionTable(name = "goal_education_level", joinColumns = @JoinColumn(name = "goal_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "education_level", nullable = false, length = 20)
  private Set<EducationLevel> educationLevels = new HashSet<>();

  /** For JPA only. */
  protected Goal() {}

  Goal(
      Pact pact,
      int number,
      LocalizedText title,
      LocalizedText description,
      Set<EducationLevel> levels) {
    this.pact = pact;
    this.number = Require.positive("number", number);
    retitle(title);
    describe(description);
    concern(levels);
  }

  /**
   * Gives the goal a new title.
   *
   * @param newTitle the title, required
   */
  public void retitle(LocalizedText newTitle) {
    this.title = Require.present("title", newTitle).requireMaxLength("title", MAX_TITLE_LENGTH);
  }

  /**
   * Rewrites the description.
   *
   * @param text the description, or {@code null}
   */
  public void describe(LocalizedText text) {
    this.description = text;
  }

  /**
   * Sets the education levels and target groups this goal concerns.
   *
   * @param levels the levels, {@code null} for none
   */
  public void concern(Set<EducationLevel> levels) {
    educationLevels.clear();
    if (levels != null) {
      educationLevels.addAll(levels);
    }
  }

  /**
   * Groups this goal under a theme of the same pact edition.
   *
   * @param newTheme the theme, or {@code null} to ungroup
   * @throws InvalidValueException when the theme belongs to another edition
   */
  public void groupUnder(Theme newTheme) {
    if (newTheme != null && newTheme.getPact() != pact) {
      throw new InvalidValueException(
          "theme", newTheme.getNumber(), "it belongs to another pact edition");
    }
    this.theme = newTheme;
  }

  /**
   * The pact edition.
   *
   * @return the pact
   */
  public Pact getPact() {
    return pact;
  }

  /**
   * The number within the pact.
   *
   * @return 1 or more
   */
  public int getNumber() {
    return number;
  }

  /**
   * The title.
   *
   * @return the title
   */
  public LocalizedText getTitle() {
    return title;
  }

  /**
   * The description.
   *
   * @return the description or {@code null}
   */
  public LocalizedText getDescription() {
    return description;
  }

  /** The theme it is grouped under, also a removed one. */
  Theme groupedUnder() {
    return theme;
  }

  /**
   * The theme it is grouped under; a removed (softly deleted) theme is none (since 0.4.0).
   *
   * @return the theme, if any
   */
  public Optional<Theme> getTheme() {
    return Optional.ofNullable(theme).filter(t -> !t.isDeleted());
  }

  /**
   * The education levels and target groups it concerns.
   *
   * @return a copy in the order of {@link EducationLevel}
   */
  public Set<EducationLevel> getEducationLevels() {
    return educationLevels.isEmpty()
        ? EnumSet.noneOf(EducationLevel.class)
        : EnumSet.copyOf(educationLevels);
  }

  @Override
  public String toString() {
    return "Doel " + number + ": " + title.getNl();
  }
}
