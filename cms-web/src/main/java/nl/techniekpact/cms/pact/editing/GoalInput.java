package nl.techniekpact.cms.pact.editing;

import jakarta.json.bind.annotation.JsonbVisibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import nl.techniekpact.cms.publishing.FieldAccess;
import nl.techniekpact.cms.publishing.TextInput;

/**
 * The editable fields of a goal of a pact edition: {@code number} (1 or more, unique within the
 * edition, fixed once created), {@code title} and {@code description} (nl required, en optional;
 * plain text), {@code theme} (the number of a theme of the same edition, optional) and {@code
 * educationLevels} ({@code PO}, {@code VO}, {@code MBO}, {@code HBO_WO}). Its edition is named by
 * the address ({@code /api/v1/pacts/{pact}/goals}) and kept in {@code pact}.
 */
@JsonbVisibility(FieldAccess.class)
public final class GoalInput implements EditionItemInput {

  private String pact;

  @NotNull @Positive private Integer number;

  @NotNull @Valid private TextInput title;
  @Valid private TextInput description;

  @Positive private Integer theme;

  @Size(max = 10)
  private List<String> educationLevels;

  /** For JSON-B. */
  public GoalInput() {}

  /** All fields; see the class documentation. */
  public GoalInput(
      String pact,
      Integer number,
      TextInput title,
      TextInput description,
      Integer theme,
      List<String> educationLevels) {
    this.pact = pact;
    this.number = number;
    this.title = title;
    this.description = description;
    this.theme = theme;
    this.educationLevels = educationLevels;
  }

  /** The same fields in another edition (the one the address names). */
  public GoalInput inPact(String pactSlug) {
    return new GoalInput(pactSlug, number, title, description, theme, educationLevels);
  }

  @Override
  public String pact() {
    return pact;
  }

  @Override
  public Integer number() {
    return number;
  }

  /** The title. */
  public TextInput title() {
    return title;
  }

  /** The description, or {@code null}. */
  public TextInput description() {
    return description;
  }

  /** The theme's number, or {@code null}. */
  public Integer theme() {
    return theme;
  }

  /** The education levels, never {@code null}. */
  public List<String> educationLevels() {
    return educationLevels == null ? List.of() : educationLevels;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GoalInput other
        && Objects.equals(pact, other.pact)
        && Objects.equals(number, other.number)
        && Objects.equals(title, other.title)
        && Objects.equals(description, other.description)
        && Objects.equals(theme, other.theme)
        && educationLevels().equals(other.educationLevels());
  }

  @Override
  public int hashCode() {
    return Objects.hash(pact, number, title);
  }

  @Override
  public String toString() {
    return "GoalInput " + pact + "/" + number;
  }
}
