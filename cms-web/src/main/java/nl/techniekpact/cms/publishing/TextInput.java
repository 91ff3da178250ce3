package nl.techniekpact.cms.publishing;

import jakarta.json.bind.annotation.JsonbVisibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.function.UnaryOperator;
import nl.techniekpact.model.shared.LocalizedText;

/**
 * A translated text as an editor sends it: Dutch ({@code nl}) required, English ({@code en})
 * optional. Immutable once built; JSON-B fills it through its fields.
 *
 * <pre>{@code
 * TextInput title = new TextInput("Make it Move", "Make it Move");
 * }</pre>
 */
@JsonbVisibility(FieldAccess.class)
public final class TextInput implements java.io.Serializable {

  @NotBlank
  @Size(max = LocalizedText.MAX_LENGTH)
  private String nl;

  @Size(max = LocalizedText.MAX_LENGTH)
  private String en;

  /** For JSON-B. */
  public TextInput() {}

  /**
   * A text.
   *
   * @param nl the Dutch text
   * @param en the English text, or {@code null}
   */
  public TextInput(String nl, String en) {
    this.nl = nl;
    this.en = en;
  }

  /** The input of a text, or {@code null} for none. */
  public static TextInput of(LocalizedText text) {
    return text == null ? null : new TextInput(text.getNl(), text.english().orElse(null));
  }

  /** Applies {@link #toText()} to a text that may be absent. */
  public static LocalizedText toText(TextInput input) {
    return input == null ? null : input.toText();
  }

  /** The Dutch text. */
  public String nl() {
    return nl;
  }

  /** The English text, or {@code null}. */
  public String en() {
    return en;
  }

  /** The domain's text (English left out when blank). */
  public LocalizedText toText() {
    return en == null || en.isBlank() ? LocalizedText.of(nl) : LocalizedText.of(nl, en);
  }

  /** The same text with both languages passed through a function, such as a sanitizer. */
  public TextInput map(UnaryOperator<String> function) {
    return new TextInput(
        nl == null ? null : function.apply(nl), en == null ? null : function.apply(en));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextInput other
        && Objects.equals(nl, other.nl)
        && Objects.equals(en, other.en);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nl, en);
  }

  @Override
  public String toString() {
    return en == null ? nl : nl + " / " + en;
  }
}
