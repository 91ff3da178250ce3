package nl.techniekpact.model.shared;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

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
 * <p>Columns besides the publication state: {@code deleted_at} (soft delete, from {@link
 * DeletableEntity} since 0.4.0; {@code delete}, {@code restore}, {@code isDeleted} and {@code
 * getDeletedAt} are there since 0.2.0).
 *
 * @since 0.1.0
 */
@MappedSuperclass
public abstract class PublishableEntity extends DeletableEntity {

  @NotNull @Valid @Embedded private PublicationState publication = PublicationState.draft();

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
    return !isDeleted() && publication.isVisibleAt(now);
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
