package nl.techniekpact.plugin.api;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A kind of content described by a plugin ({@link ContentTypeDefinition}).
 *
 * <pre>{@code
 * new ContentType("internship-place", "Stageplaats",
 *     List.of(FieldDefinition.required("title", "Titel", FieldType.TEXT)));
 * }</pre>
 *
 * @param key the type's key, unique within the plugin: lower case letters, digits and dashes
 * @param label the name editors see
 * @param fields the fields, at least one, keys unique
 * @param englishLabel the name English-speaking editors see, or {@code null} for {@code label}
 *     (since 0.3.0)
 * @since 0.1.0
 */
public record ContentType(
    String key, String label, List<FieldDefinition> fields, String englishLabel) {

  /** What a key of a type or field looks like. */
  public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,62}");

  /**
   * Checks the description.
   *
   * @throws IllegalArgumentException when a key is malformed, a label is blank, there are no fields
   *     or two fields share a key
   */
  public ContentType {
    requireKey(key, "content type key");
    requireLabel(label, "content type " + key);
    Objects.requireNonNull(fields, "fields");
    fields = List.copyOf(fields);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("content type " + key + " has no fields");
    }
    Set<String> seen = new HashSet<>();
    for (FieldDefinition field : fields) {
      if (!seen.add(field.key())) {
        throw new IllegalArgumentException(
            "content type " + key + " has field " + field.key() + " twice");
      }
    }
    if (englishLabel != null && englishLabel.isBlank()) {
      throw new IllegalArgumentException("content type " + key + " has a blank English label");
    }
  }

  /**
   * A type with a Dutch label only (the plugin API 0.1 shape).
   *
   * @param key the key
   * @param label the label
   * @param fields the fields
   */
  public ContentType(String key, String label, List<FieldDefinition> fields) {
    this(key, label, fields, null);
  }

  /**
   * This type with an English label.
   *
   * @param label the English label
   * @return a copy
   * @since 0.3.0
   */
  public ContentType inEnglish(String label) {
    return new ContentType(key, this.label, fields, label);
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
   * A field by key.
   *
   * @param fieldKey the field's key
   * @return the field, if the type has it
   * @since 0.3.0
   */
  public java.util.Optional<FieldDefinition> field(String fieldKey) {
    return fields.stream().filter(field -> field.key().equals(fieldKey)).findFirst();
  }

  static void requireKey(String key, String what) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          what + " \"" + key + "\" must match " + KEY.pattern() + " (lower case, digits, dashes)");
    }
  }

  static void requireLabel(String label, String what) {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException(what + " needs a label");
    }
  }
}
