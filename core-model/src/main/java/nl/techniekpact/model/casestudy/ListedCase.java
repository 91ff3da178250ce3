package nl.techniekpact.model.casestudy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.PublicationStatus;

/**
 * What a {@link CaseListing} keeps of one case: exactly the columns that the visibility rule
 * ({@link nl.techniekpact.model.shared.VisibleAt}) and the filters ({@link CaseFilter}) read, and
 * nothing else (about a hundred bytes a case).
 *
 * <p>Moments are whole microseconds since the epoch, as H2 and PostgreSQL store them; {@link
 * #visibleAt(Instant)} compares them with the moment rounded down to the microsecond, which for
 * stored values gives the same answer as the database comparing with the exact moment.
 *
 * @param id the case's id
 * @param status its publication status
 * @param at start of its publication in microseconds, {@link Long#MAX_VALUE} when none
 * @param until end of its publication in microseconds, {@link Long#MAX_VALUE} when none
 * @param deleted whether it is softly deleted
 * @param region its region's id, {@code 0} for a national case
 * @param goals the ids of its goals, sorted
 * @param levels its education levels as a bit set of {@link EducationLevel#ordinal()}s
 * @since 0.4.0
 */
public record ListedCase(
    long id,
    PublicationStatus status,
    long at,
    long until,
    boolean deleted,
    long region,
    long[] goals,
    int levels) {

  /** No moment: a start that never comes, an end that never comes. */
  public static final long NEVER = Long.MAX_VALUE;

  private static final long[] NO_GOALS = new long[0];

  /** Checks the parts and sorts the goals. */
  public ListedCase {
    Objects.requireNonNull(status, "status");
    goals = goals == null || goals.length == 0 ? NO_GOALS : goals.clone();
    Arrays.sort(goals);
  }

  /**
   * A listed case from the database's values.
   *
   * @param id the id
   * @param status the status
   * @param at the start, or {@code null}
   * @param until the end, or {@code null}
   * @param deletedAt when it was deleted, or {@code null}
   * @param region the region's id, or {@code null} for a national case
   * @param goals the goals' ids
   * @param levels the education levels
   * @return the listed case
   */
  public static ListedCase of(
      long id,
      PublicationStatus status,
      OffsetDateTime at,
      OffsetDateTime until,
      OffsetDateTime deletedAt,
      Long region,
      long[] goals,
      Collection<EducationLevel> levels) {
    int bits = 0;
    for (EducationLevel level : levels) {
      bits |= bit(level);
    }
    return new ListedCase(
        id,
        status,
        micros(at),
        micros(until),
        deletedAt != null,
        region == null ? 0 : region,
        goals,
        bits);
  }

  /**
   * The same case with other goals and levels.
   *
   * @param newGoals the goals' ids
   * @param newLevels the levels as a bit set
   * @return the new listed case
   */
  public ListedCase withLinks(long[] newGoals, int newLevels) {
    return new ListedCase(id, status, at, until, deleted, region, newGoals, newLevels);
  }

  /**
   * Whether the public may see the case at a moment: the rule of {@link
   * nl.techniekpact.model.shared.VisibleAt}.
   *
   * @param now the moment
   * @return whether visible
   */
  public boolean visibleAt(Instant now) {
    return visibleAtMicros(micros(now));
  }

  boolean visibleAtMicros(long now) {
    boolean started =
        status == PublicationStatus.PUBLISHED
            || (status == PublicationStatus.SCHEDULED && at != NEVER && at <= now);
    return started && !deleted && (until == NEVER || until > now);
  }

  /**
   * Whether the case matches a filter (ignoring visibility).
   *
   * @param filter the filter
   * @return whether it matches
   */
  public boolean matches(CaseFilter filter) {
    return matches(Wanted.of(filter));
  }

  boolean matches(Wanted wanted) {
    return (wanted.region() == null || wanted.region() == region)
        && (wanted.goal() == null || Arrays.binarySearch(goals, wanted.goal()) >= 0)
        && (levels & wanted.levels()) == wanted.levels();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ListedCase o
        && id == o.id
        && status == o.status
        && at == o.at
        && until == o.until
        && deleted == o.deleted
        && region == o.region
        && Arrays.equals(goals, o.goals)
        && levels == o.levels;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(id);
  }

  @Override
  public String toString() {
    return "ListedCase[id=" + id + ", status=" + status + ", deleted=" + deleted + "]";
  }

  /** The bit of a level in {@link #levels()}. */
  static int bit(EducationLevel level) {
    return 1 << level.ordinal();
  }

  /** Microseconds since the epoch, rounded down; {@link #NEVER} for {@code null}. */
  static long micros(OffsetDateTime moment) {
    return moment == null ? NEVER : micros(moment.toInstant());
  }

  static long micros(Instant moment) {
    return Math.addExact(
        Math.multiplyExact(moment.getEpochSecond(), 1_000_000L), moment.getNano() / 1_000);
  }

  /**
   * A filter as ids and bits; {@code null} for any. A region or goal not yet stored (no id) is
   * {@code -1}, which no case links, as in the database.
   */
  record Wanted(Long region, Long goal, int levels) {
    static Wanted of(CaseFilter filter) {
      return new Wanted(
          filter.region() == null ? null : idOrNone(filter.region().getId()),
          filter.goal() == null ? null : idOrNone(filter.goal().getId()),
          filter.level() == null ? 0 : bit(filter.level()));
    }

    private static long idOrNone(Long id) {
      return id == null ? -1 : id;
    }
  }
}
