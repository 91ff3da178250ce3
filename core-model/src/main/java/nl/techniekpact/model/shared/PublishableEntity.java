package nl.techniekpact.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * An editable entity that is published on the site: it carries a {@link PublicationState} and the
 * intent methods that change it.
 *
 * <pre>{@code
 * caseStudy.scheduleAt(Instant.parse("2026-03-01T07:00:00Z"));
 * caseStudy.publish(Instant.now());
 * caseStudy.archive();
 * caseStudy.unpublishAt(Instant.parse("2026-06-01T07:00:00Z"));
 * caseStudy.delete(Instant.now());   // soft delete: kept, never visible, restorable
 * caseStudy.restore();
 * }</pre>
 *
 * <p>Columns besides the publication state: {@code deleted_at} (soft delete).
 *
 * @since 0.1.0
 */
@MappedSuperclass
public abstract class PublishableEntity extends AuditedEntity {

  @NotNull @Valid @Embedded private PublicationState publication = PublicationState.draft();

  @Column(name = "deleted_at")
  private OffsetDateTime deletedAt;

  /** For subclasses; starts as a draft. */
  protected PublishableEntity() {}

  /**
   * Publishes (publiceren).
   *
   * @param now the moment of publication
   */
  public void publish(Instant now) {
    publication = publication.publish(now);
  }

  /**
   * Schedules publication (inplannen).
   *
   * @param moment when it becomes visible
   */
  public void scheduleAt(Instant moment) {
    publication = publication.scheduleAt(moment);
  }

  /** Archives (archiveren): no longer shown on the site. */
  public void archive() {
    publication = publication.archive();
  }

  /** Takes it back to draft (terugzetten naar concept). */
  public void withdraw() {
    publication = publication.withdraw();
  }

  /**
   * Ends the visibility at a moment (depubliceren op een tijdstip), keeping the rest of the state.
   *
   * @param moment when it stops being visible, or {@code null} for no end
   * @throws InvalidValueException when it is neither published nor scheduled, or the end is not
   *     after the scheduled start
   * @since 0.2.0
   */
  public void unpublishAt(Instant moment) {
    publication = publication.unpublishAt(moment);
  }

  /**
   * Deletes softly (verwijderen, met herstel): kept with its state, never visible, until {@link
   * #restore()}.
   *
   * @param now the moment of deletion
   * @since 0.2.0
   */
  public void delete(Instant now) {
    deletedAt = Require.present("now", now).atOffset(ZoneOffset.UTC);
  }

  /**
   * Undoes a soft delete (herstellen); the publication state is as it was.
   *
   * @since 0.2.0
   */
  public void restore() {
    deletedAt = null;
  }

  /**
   * Whether it is softly deleted.
   *
   * @return whether deleted
   * @since 0.2.0
   */
  public boolean isDeleted() {
    return deletedAt != null;
  }

  /**
   * When it was softly deleted.
   *
   * @return the moment, or {@code null} when not deleted
   * @since 0.2.0
   */
  public Instant getDeletedAt() {
    return deletedAt == null ? null : deletedAt.toInstant();
  }

  /**
   * Sets a state as a whole, as an import does.
   *
   * @param state the state, required
   */
  public void changePublication(PublicationState state) {
    publication = Require.present("publication", state);
  }

  /**
   * Whether the public may see it at a moment: not deleted, and its state is visible then.
   *
   * @param now the moment
   * @return whether it is visible
   */
  public boolean isVisibleAt(Instant now) {
    return deletedAt == null && publication.isVisibleAt(now);
  }

  /**
   * The publication state.
   *
   * @return never {@code null}
   */
  public PublicationState getPublication() {
    return publication;
  }
}
