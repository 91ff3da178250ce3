package nl.techniekpact.model.pact;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Comparator;
import nl.techniekpact.model.shared.DeletableEntity;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.Require;

/**
 * A theme of a pact edition (een thema), grouping goals; later editions regrouped the 12 goals of
 * 2013 into four themes. Created through {@link Pact#addTheme}.
 *
 * <pre>{@code
 * Theme theme = pact.addTheme(1, LocalizedText.of("Kiezen voor techniek"), null);
 * pact.goal(4).orElseThrow().groupUnder(theme);
 * }</pre>
 *
 * <p>Table {@code theme}, unique on {@code (pact_id, theme_number)}.
 *
 * @since 0.1.0
 */
@Entity
@Table(name = "theme")
public class Theme extends DeletableEntity {

  static final Comparator<Theme> BY_NUMBER = Comparator.comparingInt(Theme::getNumber);

  @NotNull
  @ManyToOne(optional = false)
  @JoinColumn(name = "pact_id", nullable = false)
  private Pact pact;

  @Positive
  @Column(name = "theme_number", nullable = false)
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

  /** For JPA only. */
  protected Theme() {}

  Theme(Pact pact, int number, LocalizedText title, LocalizedText description) {
    this.pact = pact;
    this.number = Require.positive("number", number);
    retitle(title);
    describe(description);
  }

  /**
   * Gives the theme a new title.
   *
   * @param newTitle the title, required
   */
  public void retitle(LocalizedText newTitle) {
    this.title =
        Require.present("title", newTitle).requireMaxLength("title", Goal.MAX_TITLE_LENGTH);
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

  @Override
  public String toString() {
    return "Thema " + number + ": " + title.getNl();
  }
}
