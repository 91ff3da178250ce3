package nl.techniekpact.cms.plugin.content.rest;

import java.util.Map;
import nl.techniekpact.cms.plugin.content.PluginItemDocument;
import nl.techniekpact.cms.rest.Iso;

/**
 * An item of a plugin's content type as editors see it over the API: the fields a write sends, plus
 * its state. Its ETag is {@code "v" + version}.
 *
 * @param plugin the plugin's id
 * @param type the content type's key
 * @param slug the slug
 * @param fields the values by field key
 * @param region the slug of its region (its first region field), or absent for national content
 * @param version the optimistic version, as in the ETag
 * @param status DRAFT, SCHEDULED, PUBLISHED or ARCHIVED
 * @param publishAt when it was or will be published, if known
 * @param unpublishAt when it stops being visible, if set
 * @param deletedAt when it was deleted (softly; restorable), if it was
 * @param updatedAt when it was last saved
 */
public record PluginItemView(
    String plugin,
    String type,
    String slug,
    Map<String, Object> fields,
    String region,
    long version,
    String status,
    String publishAt,
    String unpublishAt,
    String deletedAt,
    String updatedAt) {

  /** The view of a document. */
  public static PluginItemView of(PluginItemDocument d) {
    return new PluginItemView(
        d.pluginId(),
        d.typeKey(),
        d.slug(),
        d.content().fields(),
        d.region(),
        d.version(),
        d.status().name(),
        Iso.instant(d.publishAt()),
        Iso.instant(d.unpublishAt()),
        Iso.instant(d.deletedAt()),
        Iso.instant(d.updatedAt()));
  }
}
