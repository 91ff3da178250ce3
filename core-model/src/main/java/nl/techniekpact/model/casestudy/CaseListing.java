package nl.techniekpact.model.casestudy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
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
  private volatile Snapshot snapshot = new Snapshot(-1, new ListedCase[0]);
  private volatile boolean ready;

  /** The copy readers scan, and the change count it was made at. */
  private record Snapshot(long change, ListedCase[] cases) {}

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
    long count = 0;
    for (ListedCase listed : cases()) {
      if (listed.visibleAtMicros(at) && listed.matches(wanted)) {
        count++;
      }
    }
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
    Snapshot current = snapshot;
    long change = changes.get();
    if (current.change() == change) {
      return current.cases();
    }
    ListedCase[] copy = cases.values().toArray(new ListedCase[0]);
    // a change during the copy has advanced the count, so the next read copies again
    snapshot = new Snapshot(change, copy);
    return copy;
  }
}
