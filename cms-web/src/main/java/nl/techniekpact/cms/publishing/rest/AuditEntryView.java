package nl.techniekpact.cms.publishing.rest;

import nl.techniekpact.cms.publishing.audit.AuditEntry;
import nl.techniekpact.cms.rest.Iso;

/**
 * An audit entry as the API shows it.
 *
 * @param id the entry's number (increasing)
 * @param at when
 * @param actor the username, or {@code system} for what the CMS did by itself
 * @param action create, update, delete, restore, publish, unpublish, schedule, restore-revision,
 *     scheduled-publish, scheduled-unpublish
 * @param contentType the content type, such as {@code case-study}
 * @param item the item's slug
 * @param version the item's version after the operation, if known
 * @param detail more about it, if anything
 */
public record AuditEntryView(
    long id,
    String at,
    String actor,
    String action,
    String contentType,
    String item,
    Long version,
    String detail) {

  /** The view of an entry. */
  public static AuditEntryView of(AuditEntry e) {
    return new AuditEntryView(
        e.getId(),
        Iso.instant(e.getAt()),
        e.getActor(),
        e.getAction(),
        e.getContentType(),
        e.getItemSlug(),
        e.getItemVersion(),
        e.getDetail());
  }
}
