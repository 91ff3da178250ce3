package nl.techniekpact.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * An editable entity that is deleted softly (verwijderen, met herstel): a deletion mark keeps the
 * row, its links and its history; the repositories' public reads leave marked items out, and {@link
 * #restore()} brings it back as it was. Organisations, pact editions, goals and themes carry only
 * this mark; {@link PublishableEntity} adds a publication state.
 *
 * <pre>{@code
 * organisation.delete(Instant.now()); // gone from every public read, kept in the database
 * organisation.isDeleted();          // true
 * organisation.restore();
 * }</pre>
 *
 * <p>Column: {@code deleted_at}.
 *
 * @since 0.4.0
 */
@MappedSuperclass
public abstract class DeletableEntity extends AuditedEntity {

  @Column(name = "deleted_at")
  private OffsetDateTime deletedAt;

  /** For subclasses. */
  protected DeletableEntity() {}

  /**
   * Deletes softly (verwijderen, met herstel): kept, never shown, until {@link #restore()}.
   *
   * @param now the moment of deletion
   */
  public void delete(Instant now) {
    deletedAt = Require.present("now", now).atOffset(ZoneOffset.UTC);
  }

  /** Undoes a soft delete (herstellen). */
  public void restore() {
    deletedAt = null;
  }

  /**
   * Whether it is softly deleted.
   *
   * @return whether deleted
   */
  public boolean isDeleted() {
    return deletedAt != null;
  }

  /**
   * When it was softly deleted.
   *
   * @return the moment, or {@code null} when not deleted
   */
  public Instant getDeletedAt() {
    return deletedAt == null ? null : deletedAt.toInstant();
  }
}
