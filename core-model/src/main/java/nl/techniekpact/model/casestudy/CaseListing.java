package nl.techniekpact.model.casestudy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import nl.techniekpact.model.casestudy.ListedCase.Wanted;
import nl.techniekpact.model.shared.Page;

/**
 * Every case as a {@link ListedCase}, in memory, so that counting the cases the public may see and
 * choosing a page's ids take no query: both evaluate the rule at the caller's moment, so the
 * passing of time (a scheduled start or end) needs no update. Whoever owns a listing keeps it in
 * step with the database ({@link #put}, {@link #remove}, {@link #replaceAll}) and marks it {@link
 * #unready()} while it may not be; {@link ListedCaseStudyRepository} asks the database meanwhile.
 *
 * <p>Safe for concurrent use: readers take no lock; each change is visible to the reads that start
 * after it returns. Reads work on a copy in id order that is made again after a change, on the
 * first read that needs it.
 *
 * <p>A count is kept with that copy (since 0.5.0) and answered again, without a scan, for the same
 * filter at any moment between the same two scheduled starts or ends of any case: visibility can
 * only change at those moments, so every case is visible or not alike throughout. A change makes a
 * new copy, and with it new counts.
 *
 * <pre>{@code
 * CaseListing listing = new CaseListing();
 * listing.replaceAll(ListedCases.readAll(em));
 * long total = listing.count(CaseFilter.ALL.atLevel(EducationLevel.MBO), Instant.now());
 * List<Long> ids = listing.pageIds(CaseFilter.ALL, Instant.now(), Page.first(20));
 * }</pre>
 *
 * @since 0.4.0
 */
public final class CaseListing {

  private final ConcurrentSkipListMap<Long, ListedCase> cases = new ConcurrentSkipListMap<>();
  private final AtomicLong changes = new AtomicLong();
  private volatile Snapshot snapshot = Snapshot.of(-1, new ListedCase[0]);
  private volatile boolean ready;

  /** At most this many counts are kept per copy; then they are forgotten and counted again. */
  private static final int MAX_COUNTS = 4096;

  /**
   * The copy readers scan, the change count it was made at, every moment at which a case in it
   * becomes visible or stops being visible (sorted, distinct), and the counts made on it so far.
   */
  private record Snapshot(
      long change, ListedCase[] cases, long[] moments, Map<Wanted, Counted> counts) {

    static Snapshot of(long change, ListedCase[] cases) {
      long[] moments = new long[cases.length * 2];
      int n = 0;
      for (ListedCase listed : cases) {
        if (listed.at() != ListedCase.NEVER) {
          moments[n++] = listed.at();
        }
        if (listed.until() != ListedCase.NEVER) {
          moments[n++] = listed.until();
        }
      }
      long[] sorted = Arrays.stream(moments, 0, n).sorted().distinct().toArray();
      return new Snapshot(change, cases, sorted, new ConcurrentHashMap<>());
    }

    /**
     * Which stretch between two such moments a moment falls in: the number of moments at or before
     * it. Visibility holds from a start on and ends at an end, so it is the same for every case
     * throughout one stretch.
     */
    int stretch(long at) {
      int i = Arrays.binarySearch(moments, at);
      return i >= 0 ? i + 1 : -i - 1;
    }
  }

  /** A count and the stretch of moments it holds for. */
  private record Counted(int stretch, long count) {}

  /**
   * Whether the listing holds every case as the database does, so that reads may use it.
   *
   * @return whether ready
   */
  public boolean isReady() {
    return ready;
  }

  /** Marks the listing as not in step with the database until the next {@link #replaceAll}. */
  public void unready() {
    ready = false;
  }

  /**
   * Replaces every case and marks the listing ready.
   *
   * @param all every case in the database
   */
  public synchronized void replaceAll(Collection<ListedCase> all) {
    cases.clear();
    for (ListedCase listed : all) {
      cases.put(listed.id(), listed);
    }
    changes.incrementAndGet();
    ready = true;
  }

  /**
   * Adds a case or replaces what the listing holds of it.
   *
   * @param listed the case as the database holds it now
   */
  public synchronized void put(ListedCase listed) {
    cases.put(listed.id(), Objects.requireNonNull(listed, "listed"));
    changes.incrementAndGet();
  }

  /**
   * Removes a case that no longer exists.
   *
   * @param id its id
   */
  public synchronized void remove(long id) {
    cases.remove(id);
    changes.incrementAndGet();
  }

  /**
   * How many cases the listing holds, visible or not.
   *
   * @return the number
   */
  public int size() {
    return cases.size();
  }

  /**
   * How many cases matching a filter the public may see at a moment: what {@link
   * CaseStudyRepository#countPublished(CaseFilter, Instant)} answers.
   *
   * @param filter the filter
   * @param now the moment
   * @return the number
   */
  public long count(CaseFilter filter, Instant now) {
    Wanted wanted = Wanted.of(filter);
    long at = ListedCase.micros(now);
    Snapshot current = current();
    int stretch = current.stretch(at);
    Counted counted = current.counts().get(wanted);
    if (counted != null && counted.stretch() == stretch) {
      return counted.count();
    }
    long count = 0;
    for (ListedCase listed : current.cases()) {
      if (listed.visibleAtMicros(at) && listed.matches(wanted)) {
        count++;
      }
    }
    if (current.counts().size() >= MAX_COUNTS) {
      current.counts().clear();
    }
    current.counts().put(wanted, new Counted(stretch, count));
    return count;
  }

  /**
   * The ids of a page of the cases matching a filter that the public may see at a moment, in id
   * order: the ids of {@link CaseStudyRepository#findPublished(CaseFilter, Instant, Page)}.
   *
   * @param filter the filter
   * @param now the moment
   * @param page which part
   * @return the ids
   */
  public List<Long> pageIds(CaseFilter filter, Instant now, Page page) {
    Wanted wanted = Wanted.of(filter);
    long at = ListedCase.micros(now);
    int skip = page.offset();
    List<Long> ids = new ArrayList<>(Math.min(page.limit(), 100));
    for (ListedCase listed : cases()) {
      if (ids.size() == page.limit()) {
        break;
      }
      if (listed.visibleAtMicros(at) && listed.matches(wanted)) {
        if (skip > 0) {
          skip--;
        } else {
          ids.add(listed.id());
        }
      }
    }
    return ids;
  }

  /** The cases in id order, copied again if they changed since the last copy. */
  private ListedCase[] cases() {
    return current().cases();
  }

  /** The copy of the cases, made again if they changed since the last copy. */
  private Snapshot current() {
    Snapshot current = snapshot;
    long change = changes.get();
    if (current.change() == change) {
      return current;
    }
    ListedCase[] copy = cases.values().toArray(new ListedCase[0]);
    // a change during the copy has advanced the count, so the next read copies again
    Snapshot made = Snapshot.of(change, copy);
    snapshot = made;
    return made;
  }
}
