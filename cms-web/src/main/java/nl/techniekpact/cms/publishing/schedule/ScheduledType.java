package nl.techniekpact.cms.publishing.schedule;

import nl.techniekpact.plugin.api.ContentEvent;

/**
 * A publishable entity the publication timer looks after.
 *
 * @param entity the JPQL entity name, such as {@code CaseStudy}
 * @param contentType its content type key, as in {@link
 *     nl.techniekpact.cms.publishing.ContentChanged}
 * @param regionSlug the JPQL path of the slug of the region whose pages show the item (over alias
 *     {@code c}, with the region joined as {@code r} when {@code regionJoin} is set), or {@code
 *     null} when the type has none
 * @param regionJoin the join that brings the region into the query, or empty
 * @param contentTypePath the JPQL expression of an item's content type key when it differs per item
 *     (plugin items: {@code <plugin-id>/<type-key>}), or {@code null} for {@code contentType}
 */
record ScheduledType(
    String entity,
    String contentType,
    String regionSlug,
    String regionJoin,
    String contentTypePath) {

  /** A type whose items all have one content type key. */
  ScheduledType(String entity, String contentType, String regionSlug, String regionJoin) {
    this(entity, contentType, regionSlug, regionJoin, null);
  }

  /** What the timer looks after: cases, regions, ambassadors and plugins' items. */
  static final java.util.List<ScheduledType> ALL =
      java.util.List.of(
          new ScheduledType(
              "CaseStudy", ContentEvent.CASE_STUDY, "r.slug.value", " left join c.region r"),
          new ScheduledType("Region", ContentEvent.REGION, "c.slug.value", ""),
          new ScheduledType(
              "Ambassador", ContentEvent.AMBASSADOR, "r.slug.value", " left join c.region r"),
          new ScheduledType(
              "PluginItem",
              "plugin-item",
              "c.regionSlug",
              "",
              "concat(concat(c.pluginId, '/'), c.typeKey)"));
}
