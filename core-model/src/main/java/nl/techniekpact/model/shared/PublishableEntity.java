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
 * }</pre>
 *
 * @since 0.1.0
 */
@MappedSuperclass
public abstract class PublishableEntity extends AuditedEntity {

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
   * Sets a state as a whole, as an import does.
   *
   * @param state the state, required
   */
  public void changePublication(PublicationState state) {
    publication = Require.present("publication", state);
  }

  /**
   * Whether the public may see it at a moment.
   *
   * @param now the moment
   * @return whether it is visible
   */
  public boolean isVisibleAt(Instant now) {
    return publication.isVisibleAt(now);
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
