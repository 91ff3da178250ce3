package nl.techniekpact.plugin.api;

import org.pf4j.ExtensionPoint;

/**
 * Describes a kind of content a plugin needs, by its fields. The host stores the items of the type
 * and offers them to editors; a plugin never brings its own database tables or JPA entities.
 *
 * <p>The host asks once, when the plugin starts, and refuses to start a plugin whose description is
 * invalid (see {@link ContentType}).
 *
 * <pre>{@code
 * @Extension
 * public class InternshipPlaceType implements ContentTypeDefinition {
 *   @Override
 *   public ContentType contentType() {
 *     return new ContentType(
 *         "internship-place",
 *         "Stageplaats",
 *         List.of(
 *             FieldDefinition.required("title", "Titel", FieldType.TEXT),
 *             FieldDefinition.required("region", "Landsdeel", FieldType.REGION),
 *             FieldDefinition.optional("places", "Aantal plaatsen", FieldType.NUMBER)));
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface ContentTypeDefinition extends ExtensionPoint {

  /**
   * The content type.
   *
   * @return its description
   */
  ContentType contentType();
}
