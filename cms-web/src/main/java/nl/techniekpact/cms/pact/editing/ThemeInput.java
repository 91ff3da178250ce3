package nl.techniekpact.cms.pact.editing;

import jakarta.json.bind.annotation.JsonbVisibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Objects;
import nl.techniekpact.cms.publishing.FieldAccess;
import nl.techniekpact.cms.publishing.TextInput;

/**
 * The editable fields of a theme of a pact edition: {@code number} (1 or more, unique among the
 * edition's themes, fixed once created), {@code title} and {@code description} (nl required, en
 * optional; plain text). Its edition is named by the address and kept in {@code pact}.
 */
@JsonbVisibility(FieldAccess.class)
public final class ThemeInput implements EditionItemInput {

  private String pact;

  @NotNull @Positive private Integer number;

  @NotNull @Valid private TextInput title;
  @Valid private TextInput description;

  /** For JSON-B. */
  public ThemeInput() {}

  /** All fields; see the class documentation. */
  public ThemeInput(String pact, Integer number, TextInput title, TextInput description) {
    this.pact = pact;
    this.number = number;
    this.title = title;
    this.description = description;
  }

  /** The same fields in another edition (the one the address names). */
  public ThemeInput inPact(String pactSlug) {
    return new ThemeInput(pactSlug, number, title, description);
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

  @Override
  public boolean equals(Object o) {
    return o instanceof ThemeInput other
        && Objects.equals(pact, other.pact)
        && Objects.equals(number, other.number)
        && Objects.equals(title, other.title)
        && Objects.equals(description, other.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pact, number, title);
  }

  @Override
  public String toString() {
    return "ThemeInput " + pact + "/" + number;
  }
}
