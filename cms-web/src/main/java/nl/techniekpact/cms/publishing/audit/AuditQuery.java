package nl.techniekpact.cms.publishing.audit;

import java.time.Instant;

/**
 * Which audit entries to list; every part is optional ({@code null} matches all).
 *
 * <pre>{@code
 * AuditQuery.ALL.byActor("rita").ofType("case-study").since(Instant.parse("2026-11-01T00:00:00Z"));
 * }</pre>
 *
 * @param actor exactly this username
 * @param action exactly this action
 * @param contentType exactly this content type
 * @param itemSlug exactly this item
 * @param from at or after
 * @param until before
 */
public record AuditQuery(
    String actor, String action, String contentType, String itemSlug, Instant from, Instant until) {

  /** Every entry. */
  public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);

  /** Only entries of an actor. */
  public AuditQuery byActor(String username) {
    return new AuditQuery(username, action, contentType, itemSlug, from, until);
  }

  /** Only entries of an action. */
  public AuditQuery withAction(String name) {
    return new AuditQuery(actor, name, contentType, itemSlug, from, until);
  }

  /** Only entries of a content type. */
  public AuditQuery ofType(String type) {
    return new AuditQuery(actor, action, type, itemSlug, from, until);
  }

  /** Only entries of one item. */
  public AuditQuery ofItem(String type, String slug) {
    return new AuditQuery(actor, action, type, slug, from, until);
  }

  /** Only entries at or after a moment. */
  public AuditQuery since(Instant moment) {
    return new AuditQuery(actor, action, contentType, itemSlug, moment, until);
  }

  /** Only entries before a moment. */
  public AuditQuery before(Instant moment) {
    return new AuditQuery(actor, action, contentType, itemSlug, from, moment);
  }
}
