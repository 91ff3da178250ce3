package nl.techniekpact.cms.publishing.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * One line of the audit log (table {@code audit_entry}): who did what, when, to which item. Written
 * once in the transaction of the operation it records, never changed.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  /** The actor of what the CMS does by itself, such as a scheduled publication. */
  public static final String SYSTEM = "system";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime at;

  @Column(name = "actor", nullable = false, length = 100)
  private String actor;

  @Column(name = "action", nullable = false, length = 40)
  private String action;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "item_slug", nullable = false, length = 100)
  private String itemSlug;

  @Column(name = "item_version")
  private Long itemVersion;

  @Column(name = "detail", length = 1000)
  private String detail;

  /** For JPA only. */
  protected AuditEntry() {}

  AuditEntry(
      String actor,
      String action,
      String contentType,
      String itemSlug,
      Long itemVersion,
      String detail) {
    this.at = now();
    this.actor = actor;
    this.action = action;
    this.contentType = contentType;
    this.itemSlug = itemSlug;
    this.itemVersion = itemVersion;
    this.detail = clipped(detail);
  }

  /** A detail as stored: at most 1000 characters. */
  static String clipped(String detail) {
    return detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
  }

  /** The moment of an entry made now, as stored. */
  static OffsetDateTime now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  /** The entry's id (increasing). */
  public Long getId() {
    return id;
  }

  /** When. */
  public Instant getAt() {
    return at.toInstant();
  }

  /** The username, or {@value #SYSTEM}. */
  public String getActor() {
    return actor;
  }

  /** What: {@code create}, {@code update}, {@code delete}, {@code publish}, … */
  public String getAction() {
    return action;
  }

  /** The content type key, such as {@code case-study}. */
  public String getContentType() {
    return contentType;
  }

  /** The item's slug. */
  public String getItemSlug() {
    return itemSlug;
  }

  /** The item's version after the operation, if it has one. */
  public Long getItemVersion() {
    return itemVersion;
  }

  /** More about it, such as a scheduled moment, or {@code null}. */
  public String getDetail() {
    return detail;
  }
}
