package nl.techniekpact.cms.publishing.revision;

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
 * One saved state of an item (table {@code content_revision}): the JSON snapshot of its editable
 * fields and publication state, the item's version after the save (the revision's number), who
 * saved it, when, and with which operation. Written once, never changed.
 */
@Entity
@Table(name = "content_revision")
public class Revision {

  /** The longest snapshot stored. */
  public static final int MAX_SNAPSHOT_LENGTH = 1_000_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "item_id", nullable = false)
  private long itemId;

  @Column(name = "item_slug", nullable = false, length = 100)
  private String itemSlug;

  @Column(name = "item_version", nullable = false)
  private long itemVersion;

  @Column(name = "operation", nullable = false, length = 40)
  private String operation;

  @Column(name = "author", nullable = false, length = 100)
  private String author;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "snapshot", nullable = false, length = MAX_SNAPSHOT_LENGTH)
  private String snapshot;

  /** For JPA only. */
  protected Revision() {}

  Revision(
      String contentType,
      long itemId,
      String itemSlug,
      long itemVersion,
      String operation,
      String author,
      String snapshot) {
    this.contentType = contentType;
    this.itemId = itemId;
    this.itemSlug = itemSlug;
    this.itemVersion = itemVersion;
    this.operation = operation;
    this.author = author;
    this.snapshot = snapshot;
    this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  /** The content type key, such as {@code case-study}. */
  public String getContentType() {
    return contentType;
  }

  /** The item's database id. */
  public long getItemId() {
    return itemId;
  }

  /** The item's slug at the time. */
  public String getItemSlug() {
    return itemSlug;
  }

  /** The revision's number: the item's version after the save. */
  public long getNumber() {
    return itemVersion;
  }

  /** The operation that saved it, such as {@code update} or {@code publish}. */
  public String getOperation() {
    return operation;
  }

  /** The username of who saved it. */
  public String getAuthor() {
    return author;
  }

  /** When it was saved. */
  public Instant getCreatedAt() {
    return createdAt.toInstant();
  }

  /** The JSON snapshot. */
  public String getSnapshot() {
    return snapshot;
  }
}
