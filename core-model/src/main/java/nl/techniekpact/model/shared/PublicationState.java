package nl.techniekpact.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * The publication state (publicatiestatus) of a page: concept, gepland op een tijdstip,
 * gepubliceerd or gearchiveerd. Immutable; the entities change theirs through intent methods such
 * as {@link PublishableEntity#publish(Instant)}.
 *
 * <pre>{@code
 * PublicationState state = PublicationState.draft();
 * state = state.scheduleAt(Instant.parse("2026-01-05T08:00:00Z"));
 * state.isVisibleAt(Instant.parse("2026-01-05T09:00:00Z")); // true
 * state = state.archive();
 * }</pre>
 *
 * <p>{@link #getAt()} is the moment of scheduling for {@link PublicationStatus#SCHEDULED}, the
 * moment of publication (when known) for {@link PublicationStatus#PUBLISHED}, and absent otherwise.
 * Mapped onto the columns {@code publication_status} and {@code publication_at}.
 *
 * @since 0.1.0
 */
@Embeddable
public class PublicationState {

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "publication_status", nullable = false, length = 20)
  private PublicationStatus status;

  @Column(name = "publication_at")
  private OffsetDateTime at;

  /** For JPA only. */
  protected PublicationState() {}

  private PublicationState(PublicationStatus status, Instant at) {
    this.status = status;
    this.at = at == null ? null : at.atOffset(ZoneOffset.UTC);
  }

  /**
   * A draft (concept).
   *
   * @return the state
   */
  public static PublicationState draft() {
    return new PublicationState(PublicationStatus.DRAFT, null);
  }

  /**
   * Published (gepubliceerd).
   *
   * @param since when it was published, or {@code null} when unknown (as for the seed content)
   * @return the state
   */
  public static PublicationState published(Instant since) {
    return new PublicationState(PublicationStatus.PUBLISHED, since);
  }

  /**
   * Scheduled (gepland) to become visible at a moment.
   *
   * @param moment when it becomes visible, required
   * @return the state
   * @throws MissingValueException when {@code moment} is {@code null} (field {@code
   *     publication.at})
   */
  public static PublicationState scheduledAt(Instant moment) {
    return new PublicationState(
        PublicationStatus.SCHEDULED, Require.present("publication.at", moment));
  }

  /**
   * Archived (gearchiveerd).
   *
   * @return the state
   */
  public static PublicationState archived() {
    return new PublicationState(PublicationStatus.ARCHIVED, null);
  }

  /**
   * Rebuilds a state from its stored parts, as an import does.
   *
   * @param status the status, required
   * @param at the moment, required for {@link PublicationStatus#SCHEDULED}, allowed for {@link
   *     PublicationStatus#PUBLISHED}
   * @return the state
   * @throws MissingValueException when the status is absent, or a schedule has no moment
   * @throws InvalidValueException when a draft or archived state carries a moment
   */
  public static PublicationState of(PublicationStatus status, Instant at) {
    Require.present("publication.status", status);
    switch (status) {
      case SCHEDULED:
        return scheduledAt(at);
      case PUBLISHED:
        return published(at);
      default:
        if (at != null) {
          throw new InvalidValueException(
              "publication.at", at.toString(), "only a scheduled or published state has a moment");
        }
        return new PublicationState(status, null);
    }
  }

  /**
   * Publishes now (publiceren).
   *
   * @param now the current moment
   * @return the published state
   */
  public PublicationState publish(Instant now) {
    return published(Require.present("now", now));
  }

  /**
   * Schedules publication (inplannen).
   *
   * @param moment when it becomes visible
   * @return the scheduled state
   */
  public PublicationState scheduleAt(Instant moment) {
    return scheduledAt(moment);
  }

  /**
   * Archives (archiveren).
   *
   * @return the archived state
   */
  public PublicationState archive() {
    return archived();
  }

  /**
   * Takes back to draft (terugzetten naar concept).
   *
   * @return the draft state
   */
  public PublicationState withdraw() {
    return draft();
  }

  /**
   * Whether the public may see it at a moment: published, or scheduled at or before that moment.
   *
   * @param now the moment
   * @return whether it is visible
   */
  public boolean isVisibleAt(Instant now) {
    return status == PublicationStatus.PUBLISHED
        || (status == PublicationStatus.SCHEDULED && !at.toInstant().isAfter(now));
  }

  /**
   * The status.
   *
   * @return never {@code null}
   */
  public PublicationStatus getStatus() {
    return status;
  }

  /**
   * The moment of scheduling or publication.
   *
   * @return the moment, if any
   */
  public Optional<Instant> getAt() {
    return Optional.ofNullable(at).map(OffsetDateTime::toInstant);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PublicationState other
        && status == other.status
        && Objects.equals(getAt(), other.getAt());
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, getAt());
  }

  @Override
  public String toString() {
    return at == null ? status.toString() : status + " " + at.toInstant();
  }
}
