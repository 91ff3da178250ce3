package nl.techniekpact.cms.plugin.content.rest;

import java.util.List;
import java.util.Locale;
import nl.techniekpact.cms.plugin.content.PluginItemEditing.PluginContentType;
import nl.techniekpact.plugin.api.FieldDefinition;

/**
 * A content type of a running plugin, as {@code GET /api/v1/content} lists it.
 *
 * @param plugin the plugin's id
 * @param key the type's key
 * @param label the Dutch label
 * @param labelEn the English label
 * @param items the address of its items
 * @param fields its fields
 */
public record ContentTypeView(
    String plugin, String key, String label, String labelEn, String items, List<FieldView> fields) {

  /** The view of a plugin's type. */
  public static ContentTypeView of(PluginContentType type) {
    return new ContentTypeView(
        type.pluginId(),
        type.type().key(),
        type.type().label(),
        type.type().label(Locale.ENGLISH),
        "/api/v1/content/" + type.pluginId() + "/" + type.type().key(),
        type.type().fields().stream().map(FieldView::of).toList());
  }

  /**
   * One field.
   *
   * @param key its key in {@code fields}
   * @param label the Dutch label
   * @param labelEn the English label
   * @param type TEXT, RICH_TEXT, NUMBER, DATE, BOOLEAN, URL, REGION or GOAL
   * @param required whether every item needs a value
   * @param maxLength the longest text per language, for texts and links (else absent)
   */
  public record FieldView(
      String key, String label, String labelEn, String type, boolean required, Integer maxLength) {

    static FieldView of(FieldDefinition field) {
      int max = field.effectiveMaxLength();
      return new FieldView(
          field.key(),
          field.label(),
          field.label(Locale.ENGLISH),
          field.type().name(),
          field.required(),
          max > 0 ? max : null);
    }
  }
}
