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
 */
record ScheduledType(String entity, String contentType, String regionSlug, String regionJoin) {

  /** What the timer looks after: cases, regions and ambassadors. */
  static final java.util.List<ScheduledType> ALL =
      java.util.List.of(
          new ScheduledType(
              "CaseStudy", ContentEvent.CASE_STUDY, "r.slug.value", " left join c.region r"),
          new ScheduledType("Region", ContentEvent.REGION, "c.slug.value", ""),
          new ScheduledType(
              "Ambassador", ContentEvent.AMBASSADOR, "r.slug.value", " left join c.region r"));
}
