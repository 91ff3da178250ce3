package nl.techniekpact.model.pact;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.techniekpact.model.shared.DeletableEntity;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.InvalidValueException;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.Require;
import nl.techniekpact.model.shared.Slug;

/**
 * An edition of the Techniekpact (een editie van het pact): the agreements between bedrijfsleven,
 * onderwijs and overheid, signed on a date, with its numbered {@link Goal goals} (doelen) and
 * {@link Theme themes} (thema's). The pact changes over time — the 12 goals of 2013 were later
 * regrouped into themes — so goals and themes are data of an edition, never an enum.
 *
 * <pre>{@code
 * Pact pact = new Pact(Slug.of("techniekpact"), "Techniekpact", LocalDate.of(2013, 5, 13),
 *     LocalizedText.of("Techniekpact moet de aansluiting ..."));
 * Goal first = pact.addGoal(1, LocalizedText.of("Basisscholen bieden in 2020 structureel W&T aan"),
 *     null, Set.of(EducationLevel.PO));
 * pact.addGoal(1, LocalizedText.of("Nog een"), null, Set.of()); // DuplicateGoalNumberException
 * }</pre>
 *
 * <p>Table {@code pact}; goals in {@code goal}, themes in {@code theme}, both saved with their
 * pact.
 *
 * @since 0.1.0
 */
@Entity
@Table(name = "pact")
public class Pact extends DeletableEntity {

  /** The maximum length of a name. */
  public static final int MAX_NAME_LENGTH = 200;

  @NotNull @Valid @Embedded private Slug slug;

  @NotBlank
  @Size(max = MAX_NAME_LENGTH)
  @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
  private String name;

  @Column(name = "signed_on")
  private LocalDate signedOn;

  @NotNull
  @Valid
  @Embedded
  @AttributeOverride(name = "nl", column = @Column(name = "description_nl"))
  @AttributeOverride(name = "en", column = @Column(name = "description_en"))
  private LocalizedText description;

  @Valid
  @Embedded
  @AttributeOverride(name = "nl", column = @Column(name = "regions_introduction_nl"))
  @AttributeOverride(name = "en", column = @Column(name = "regions_introduction_en"))
  private LocalizedText regionsIntroduction;

  @Valid
  @OneToMany(mappedBy = "pact", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number ASC")
  private List<Goal> goals = new ArrayList<>();

  @Valid
  @OneToMany(mappedBy = "pact", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number ASC")
  private List<Theme> themes = new ArrayList<>();

  /** For JPA only. */
  protected Pact() {}

  /**
   * Creates a pact edition without goals.
   *
   * @param slug its slug, unique among pact editions
   * @param name its name, for example {@code "Techniekpact"}
   * @param signedOn the date of signing, or {@code null} when not yet signed
   * @param description what the pact is about (shown as the introduction of the site)
   * @throws nl.techniekpact.model.shared.DomainException naming the field when one is missing or
   *     too long
   */
  public Pact(Slug slug, String name, LocalDate signedOn, LocalizedText description) {
    this.slug = Require.present("slug", slug);
    this.name = Require.text("name", name, MAX_NAME_LENGTH);
    this.signedOn = signedOn;
    this.description = Require.present("description", description);
  }

  /**
   * Renames the edition.
   *
   * @param newName the name
   */
  public void rename(String newName) {
    this.name = Require.text("name", newName, MAX_NAME_LENGTH);
  }

  /**
   * Records the date of signing (ondertekening).
   *
   * @param date the date, or {@code null} when not signed
   */
  public void recordSigning(LocalDate date) {
    this.signedOn = date;
  }

  /**
   * Rewrites what the pact is about.
   *
   * @param text the description, required
   */
  public void describe(LocalizedText text) {
    this.description = Require.present("description", text);
  }

  /**
   * Writes the text introducing the landsdelen (regions) that carry out this pact.
   *
   * @param text the introduction, or {@code null} to remove it
   */
  public void introduceRegions(LocalizedText text) {
    this.regionsIntroduction = text;
  }

  /**
   * Adds a goal (doel) to this edition.
   *
   * @param number its number, unique within this edition, 1 or more
   * @param title its title, at most {@value Goal#MAX_TITLE_LENGTH} characters per language
   * @param goalDescription its description, or {@code null}
   * @param levels the education levels and target groups it concerns
   * @return the new goal
   * @throws DuplicateGoalNumberException when the number is taken
   */
  public Goal addGoal(
      int number, LocalizedText title, LocalizedText goalDescription, Set<EducationLevel> levels) {
    Require.positive("number", number);
    if (anyGoal(number).isPresent()) {
      throw new DuplicateGoalNumberException("goal", number, slug.getValue());
    }
    Goal goal = new Goal(this, number, title, goalDescription, levels);
    goals.add(goal);
    goals.sort(Goal.BY_NUMBER);
    return goal;
  }

  /**
   * Removes a goal; cases and ambassadors must be unlinked from it first.
   *
   * @param number the goal's number
   * @return whether there was such a goal
   */
  public boolean removeGoal(int number) {
    return goals.removeIf(g -> g.getNumber() == number);
  }

  /**
   * Removes a theme; no goal may be grouped under it any more.
   *
   * @param number the theme's number
   * @return whether there was such a theme
   * @throws InvalidValueException naming {@code number} when goals are still grouped under it
   * @since 0.3.0
   */
  public boolean removeTheme(int number) {
    List<Integer> grouped =
        goals.stream()
            .filter(g -> g.groupedUnder() != null && g.groupedUnder().getNumber() == number)
            .map(Goal::getNumber)
            .toList();
    if (!grouped.isEmpty()) {
      throw new InvalidValueException(
          "number", number, "goals " + grouped + " are still grouped under this theme");
    }
    return themes.removeIf(t -> t.getNumber() == number);
  }

  /**
   * Adds a theme (thema) that goals can be grouped under.
   *
   * @param number its number, unique among the themes of this edition
   * @param title its title
   * @param themeDescription its description, or {@code null}
   * @return the new theme
   * @throws DuplicateGoalNumberException when the number is taken
   */
  public Theme addTheme(int number, LocalizedText title, LocalizedText themeDescription) {
    Require.positive("number", number);
    if (anyTheme(number).isPresent()) {
      throw new DuplicateGoalNumberException("theme", number, slug.getValue());
    }
    Theme theme = new Theme(this, number, title, themeDescription);
    themes.add(theme);
    themes.sort(Theme.BY_NUMBER);
    return theme;
  }

  /**
   * Finds a goal by its number; a removed one is not found (since 0.4.0).
   *
   * @param number the number
   * @return the goal, if any
   */
  public Optional<Goal> goal(int number) {
    return anyGoal(number).filter(g -> !g.isDeleted());
  }

  /**
   * Finds a goal by its number, also a removed (softly deleted) one, as the back office restores
   * it; a removed goal keeps its number reserved.
   *
   * @param number the number
   * @return the goal, if any
   * @since 0.4.0
   */
  public Optional<Goal> anyGoal(int number) {
    return goals.stream().filter(g -> g.getNumber() == number).findFirst();
  }

  /**
   * Finds a theme by its number; a removed one is not found (since 0.4.0).
   *
   * @param number the number
   * @return the theme, if any
   */
  public Optional<Theme> theme(int number) {
    return anyTheme(number).filter(t -> !t.isDeleted());
  }

  /**
   * Finds a theme by its number, also a removed (softly deleted) one; a removed theme keeps its
   * number reserved.
   *
   * @param number the number
   * @return the theme, if any
   * @since 0.4.0
   */
  public Optional<Theme> anyTheme(int number) {
    return themes.stream().filter(t -> t.getNumber() == number).findFirst();
  }

  /**
   * The slug.
   *
   * @return for example {@code techniekpact}
   */
  public Slug getSlug() {
    return slug;
  }

  /**
   * The name.
   *
   * @return for example {@code "Techniekpact"}
   */
  public String getName() {
    return name;
  }

  /**
   * The date of signing.
   *
   * @return the date, if signed
   */
  public Optional<LocalDate> getSignedOn() {
    return Optional.ofNullable(signedOn);
  }

  /**
   * What the pact is about.
   *
   * @return the description
   */
  public LocalizedText getDescription() {
    return description;
  }

  /**
   * The text introducing the landsdelen.
   *
   * @return the text or {@code null}
   */
  public LocalizedText getRegionsIntroduction() {
    return regionsIntroduction;
  }

  /**
   * The goals, ordered by number; removed (softly deleted) ones are left out (since 0.4.0).
   *
   * @return an unmodifiable list
   */
  public List<Goal> getGoals() {
    return goals.stream().filter(g -> !g.isDeleted()).toList();
  }

  /**
   * The themes, ordered by number; removed (softly deleted) ones are left out (since 0.4.0).
   *
   * @return an unmodifiable list
   */
  public List<Theme> getThemes() {
    return themes.stream().filter(t -> !t.isDeleted()).toList();
  }

  /**
   * The removed (softly deleted) goals, ordered by number, for the back office to restore.
   *
   * @return an unmodifiable list
   * @since 0.4.0
   */
  public List<Goal> getRemovedGoals() {
    return goals.stream().filter(Goal::isDeleted).toList();
  }

  /**
   * The removed (softly deleted) themes, ordered by number, for the back office to restore.
   *
   * @return an unmodifiable list
   * @since 0.4.0
   */
  public List<Theme> getRemovedThemes() {
    return themes.stream().filter(Theme::isDeleted).toList();
  }

  @Override
  public String toString() {
    return "Pact " + slug;
  }
}
