package nl.techniekpact.cms.plugin.content;

import jakarta.json.bind.annotation.JsonbVisibility;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import nl.techniekpact.cms.publishing.FieldAccess;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An item of a plugin's content type as an editor sends it: its slug (on creation) and its field
 * values by field key ({@link FieldValues} says which JSON each field type takes).
 *
 * <pre>{@code
 * {"slug": "monteur-noord",
 *  "fields": {"title": {"nl": "Monteur", "en": "Mechanic"}, "region": "noord-nederland",
 *             "places": 4}}
 * }</pre>
 */
@JsonbVisibility(FieldAccess.class)
@Schema(name = "PluginItemInput", description = "An item of a plugin's content type")
public final class PluginItemInput implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Schema(
      description =
          "Lower case letters, digits and dashes; unique within the type; cannot change once"
              + " created",
      example = "monteur-noord",
      maxLength = 100)
  private String slug;

  @Schema(
      description =
          "Values by field key: texts as {\"nl\":…,\"en\":…} (or a string for Dutch only),"
              + " numbers and goals as whole numbers, dates as 2026-12-01, yes/no as booleans,"
              + " URLs as absolute http(s) links, regions as slugs. GET"
              + " /api/v1/content lists the fields of every type.",
      example = "{\"title\":{\"nl\":\"Monteur\"},\"region\":\"noord-nederland\",\"places\":4}")
  private Map<String, Object> fields;

  /** For JSON-B. */
  public PluginItemInput() {}

  /**
   * An input.
   *
   * @param slug the slug, or {@code null} when changing an item
   * @param fields the values by field key
   */
  public PluginItemInput(String slug, Map<String, Object> fields) {
    this.slug = slug;
    this.fields = fields == null ? null : new LinkedHashMap<>(fields);
  }

  public String slug() {
    return slug;
  }

  /** The values by field key; empty when none were sent. */
  public Map<String, Object> fields() {
    return fields == null ? Map.of() : fields;
  }

  /** This input with other values. */
  public PluginItemInput withFields(Map<String, Object> values) {
    return new PluginItemInput(slug, values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PluginItemInput other
        && Objects.equals(slug, other.slug)
        && Objects.equals(fields(), other.fields());
  }

  @Override
  public int hashCode() {
    return Objects.hash(slug, fields());
  }
}
