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
 * A published or scheduled state may also end at a moment ({@link #getUntil()}, set with {@link
 * #unpublishAt(Instant)}): from then on it is no longer visible.
 *
 * <pre>{@code
 * PublicationState campaign = PublicationState.scheduledAt(Instant.parse("2026-03-01T07:00:00Z"))
 *     .unpublishAt(Instant.parse("2026-04-01T07:00:00Z"));
 * }</pre>
 *
 * <p>Mapped onto the columns {@code publication_status}, {@code publication_at} and {@code
 * publication_until}.
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

  @Column(name = "publication_until")
  private OffsetDateTime until;

  /** For JPA only. */
  protected PublicationState() {}

  private PublicationState(PublicationStatus status, Instant at) {
    this(status, at, null);
  }

  private PublicationState(PublicationStatus status, Instant at, Instant until) {
    this.status = status;
    this.at = at == null ? null : at.atOffset(ZoneOffset.UTC);
    this.until = until == null ? null : until.atOffset(ZoneOffset.UTC);
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
   * Rebuilds a state from its stored parts including its end, as an import does.
   *
   * @param status the status, required
   * @param at the moment, as for {@link #of(PublicationStatus, Instant)}
   * @param until when it stops being visible, or {@code null}; only for a published or scheduled
   *     state
   * @return the state
   * @throws MissingValueException as {@link #of(PublicationStatus, Instant)}
   * @throws InvalidValueException as {@link #of(PublicationStatus, Instant)}, or as {@link
   *     #unpublishAt(Instant)}
   * @since 0.2.0
   */
  public static PublicationState of(PublicationStatus status, Instant at, Instant until) {
    PublicationState state = of(status, at);
    return until == null ? state : state.unpublishAt(until);
  }

  /**
   * The same state, ending at a moment (depubliceren op een tijdstip): from {@code moment} on it is
   * no longer visible.
   *
   * @param moment when it stops being visible, or {@code null} to keep it visible
   * @return the state with that end
   * @throws InvalidValueException (field {@code publication.until}) when the state is neither
   *     published nor scheduled, or when the end is not after a scheduled start
   * @since 0.2.0
   */
  public PublicationState unpublishAt(Instant moment) {
    if (moment == null) {
      return new PublicationState(status, getAt().orElse(null), null);
    }
    if (status != PublicationStatus.PUBLISHED && status != PublicationStatus.SCHEDULED) {
      throw new InvalidValueException(
          "publication.until", moment.toString(), "only a published or scheduled state can end");
    }
    if (status == PublicationStatus.SCHEDULED && !moment.isAfter(at.toInstant())) {
      throw new InvalidValueException(
          "publication.until", moment.toString(), "must be after the scheduled start " + at);
    }
    return new PublicationState(status, getAt().orElse(null), moment);
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
   * Whether the public may see it at a moment: published, or scheduled at or before that moment,
   * and not yet past its end ({@link #getUntil()}).
   *
   * @param now the moment
   * @return whether it is visible
   */
  public boolean isVisibleAt(Instant now) {
    boolean started =
        status == PublicationStatus.PUBLISHED
            || (status == PublicationStatus.SCHEDULED && !at.toInstant().isAfter(now));
    return started && (until == null || now.isBefore(until.toInstant()));
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

  /**
   * When it stops being visible.
   *
   * @return the end, if any
   * @since 0.2.0
   */
  public Optional<Instant> getUntil() {
    return Optional.ofNullable(until).map(OffsetDateTime::toInstant);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PublicationState other
        && status == other.status
        && Objects.equals(getAt(), other.getAt())
        && Objects.equals(getUntil(), other.getUntil());
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, getAt(), getUntil());
  }

  @Override
  public String toString() {
    String text = at == null ? status.toString() : status + " " + at.toInstant();
    return until == null ? text : text + " until " + until.toInstant();
  }
}
