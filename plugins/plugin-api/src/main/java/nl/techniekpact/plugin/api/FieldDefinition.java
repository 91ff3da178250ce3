package nl.techniekpact.plugin.api;

import java.util.Objects;

/**
 * One field of a {@link ContentType}.
 *
 * <pre>{@code
 * FieldDefinition.required("title", "Titel", FieldType.TEXT);
 * FieldDefinition.optional("places", "Aantal plaatsen", FieldType.NUMBER);
 * }</pre>
 *
 * @param key the field's key, unique within its type: lower case letters, digits and dashes
 * @param label the name editors see
 * @param type what kind of value it holds
 * @param required whether every item must have a value
 * @since 0.1.0
 */
public record FieldDefinition(String key, String label, FieldType type, boolean required) {

  /**
   * Checks the field.
   *
   * @throws IllegalArgumentException when the key is malformed or the label blank
   */
  public FieldDefinition {
    ContentType.requireKey(key, "field key");
    ContentType.requireLabel(label, "field " + key);
    Objects.requireNonNull(type, "type");
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
