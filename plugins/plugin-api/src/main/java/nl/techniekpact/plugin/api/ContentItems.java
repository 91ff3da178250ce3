package nl.techniekpact.plugin.api;

import java.util.List;
import java.util.Optional;

/**
 * The published items of the plugin's own content types ({@link ContentTypeDefinition}), which
 * editors fill in in the back office or over {@code /api/v1/content/<plugin-id>/<type-key>}. Only
 * what the public may see now is returned: published (or scheduled and due), not ended, not
 * deleted. A plugin cannot read other plugins' items.
 *
 * <pre>{@code
 * List<ContentItem> places = context.items().published("internship-place");
 * Optional<ContentItem> one = context.items().published("internship-place", "monteur-noord");
 * }</pre>
 *
 * @since 0.3.0
 */
public interface ContentItems {

  /**
   * The published items of a type, newest first.
   *
   * @param type the key of one of the plugin's content types
   * @return the items; none for a key the plugin does not define
   */
  List<ContentItem> published(String type);

  /**
   * One published item of a type.
   *
   * @param type the key of one of the plugin's content types
   * @param slug the item's slug
   * @return the item, if it exists and the public may see it
   */
  Optional<ContentItem> published(String type, String slug);
}
