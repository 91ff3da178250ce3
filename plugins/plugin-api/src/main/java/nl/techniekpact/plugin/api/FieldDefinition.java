package nl.techniekpact.plugin.api;

import java.util.Locale;
import java.util.Objects;

/**
 * One field of a {@link ContentType}.
 *
 * <pre>{@code
 * FieldDefinition.required("title", "Titel", FieldType.TEXT);
 * FieldDefinition.optional("places", "Aantal plaatsen", FieldType.NUMBER);
 * FieldDefinition.required("title", "Titel", FieldType.TEXT).inEnglish("Title").maxLength(120);
 * }</pre>
 *
 * @param key the field's key, unique within its type: lower case letters, digits and dashes
 * @param label the name editors see
 * @param type what kind of value it holds
 * @param required whether every item must have a value
 * @param englishLabel the name English-speaking editors see, or {@code null} for {@code label}
 *     (since 0.3.0)
 * @param maxLength the longest text (per language) the host accepts for a text, rich text or URL
 *     field; 0 for the type's default ({@link FieldType#defaultMaxLength()}) (since 0.3.0)
 * @since 0.1.0
 */
public record FieldDefinition(
    String key,
    String label,
    FieldType type,
    boolean required,
    String englishLabel,
    int maxLength) {

  /**
   * Checks the field.
   *
   * @throws IllegalArgumentException when the key is malformed, a label blank or the maximum length
   *     negative
   */
  public FieldDefinition {
    ContentType.requireKey(key, "field key");
    ContentType.requireLabel(label, "field " + key);
    Objects.requireNonNull(type, "type");
    if (englishLabel != null && englishLabel.isBlank()) {
      throw new IllegalArgumentException("field " + key + " has a blank English label");
    }
    if (maxLength < 0) {
      throw new IllegalArgumentException("field " + key + " has a negative maximum length");
    }
  }

  /**
   * A field with a Dutch label only and the type's default length (the plugin API 0.1 shape).
   *
   * @param key the key
   * @param label the label
   * @param type the type
   * @param required whether required
   */
  public FieldDefinition(String key, String label, FieldType type, boolean required) {
    this(key, label, type, required, null, 0);
  }

  /**
   * This field with an English label.
   *
   * @param label the English label
   * @return a copy
   * @since 0.3.0
   */
  public FieldDefinition inEnglish(String label) {
    return new FieldDefinition(key, this.label, type, required, label, maxLength);
  }

  /**
   * This field with a maximum length for its text.
   *
   * @param length the longest text per language, at least 1
   * @return a copy
   * @since 0.3.0
   */
  public FieldDefinition maxLength(int length) {
    if (length < 1) {
      throw new IllegalArgumentException("field " + key + " needs a maximum length of 1 or more");
    }
    return new FieldDefinition(key, label, type, required, englishLabel, length);
  }

  /**
   * The label in a language: English when asked and given, Dutch otherwise.
   *
   * @param locale the editor's language
   * @return the label
   * @since 0.3.0
   */
  public String label(Locale locale) {
    return englishLabel != null && "en".equals(locale.getLanguage()) ? englishLabel : label;
  }

  /**
   * The longest text the host accepts: the field's own maximum, or the type's default.
   *
   * @return the length in characters
   * @since 0.3.0
   */
  public int effectiveMaxLength() {
    return maxLength > 0 ? maxLength : type.defaultMaxLength();
  }

  /**
   * A field every item must fill in.
   *
   * @param key the key
   * @param label the label
   * @param type the type
   * @return the field
   */
  public static FieldDefinition required(String key, String label, FieldType type) {
    return new FieldDefinition(key, label, type, true);
  }

  /**
   * A field items may leave empty.
   *
   * @param key the key
   * @param label the label
   * @param type the type
   * @return the field
   */
  public static FieldDefinition optional(String key, String label, FieldType type) {
    return new FieldDefinition(key, label, type, false);
  }
}
