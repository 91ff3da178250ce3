package nl.techniekpact.cms.casestudy.listing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.cms.persistence.DatabaseOutage;
import nl.techniekpact.cms.publishing.ContentChanged;
import nl.techniekpact.model.casestudy.CaseListing;
import nl.techniekpact.model.casestudy.ListedCase;
import nl.techniekpact.plugin.api.ContentEvent;

/**
 * Owns this node's {@link CaseListing} and keeps it in step with the database.
 *
 * <ul>
 *   <li>{@link #reload()} reads every case in the background (at start, after an import, after a
 *       failure); the listing is not ready meanwhile, so lists ask the database.
 *   <li>After each committed change of one case ({@link ContentChanged}, also when relayed from
 *       another node) its row is read again before the writer's thread goes on, so the next list
 *       anywhere on this node shows it. A change of {@code *} reloads everything.
 *   <li>A case that can no longer be found by its slug (removed for good), a failed read or a read
 *       that takes too long makes the listing not ready and reloads it: it is never used while it
 *       might disagree with the database.
 * </ul>
 *
 * <p>All reads of the database run one after another on one background thread, so a change is never
 * overtaken by an older read of the same case; changes that arrive during a reload are read again
 * before the reloaded listing is used.
 */
@ApplicationScoped
public class CaseListings {

  private static final Logger LOG = Logger.getLogger(CaseListings.class.getName());

  /** How long a writer waits for its change to be taken in before the listing is set aside. */
  private static final long WAIT_SECONDS = 10;

  @Inject private CaseListingReads reads;

  @Resource private ManagedThreadFactory threads;

  private final CaseListing listing = new CaseListing();
  private final Object lock = new Object();
  private final Set<String> pending = new LinkedHashSet<>();
  private boolean reloading;
  private boolean reloadAgain;
  private boolean tried;
  private ExecutorService worker;

  @PostConstruct
  void start() {
    worker = Executors.newSingleThreadExecutor(threads);
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }

  /** The listing; read it only while {@link CaseListing#isReady()}. */
  public CaseListing listing() {
    return listing;
  }

  /** Whether the listing is ready, or a reload is under way. */
  boolean isReadyOrLoading() {
    synchronized (lock) {
      return listing.isReady() || reloading;
    }
  }

  /**
   * Whether a load has been started at least once and none is under way (whether it succeeded or
   * not): the moment another read of every case may start without competing with this one.
   */
  public boolean isSettled() {
    synchronized (lock) {
      return tried && !reloading;
    }
  }

  /** Reads every case again in the background; lists ask the database until that is done. */
  public void reload() {
    synchronized (lock) {
      tried = true;
      listing.unready();
      if (reloading) {
        reloadAgain = true;
        return;
      }
      reloading = true;
      reloadAgain = false;
      pending.clear();
    }
    worker.execute(this::reloadNow);
  }

  /** Takes in a committed change of a case before the writer goes on. */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
    if (!ContentEvent.CASE_STUDY.equals(change.contentType())) {
      return;
    }
    if (ContentChanged.ALL.equals(change.slug())) {
      reload();
      return;
    }
    Future<?> done;
    synchronized (lock) {
      if (reloading) {
        pending.add(change.slug());
        return;
      }
      if (!listing.isReady()) {
        return; // the first load, still to come, reads it
      }
      done = worker.submit(() -> refresh(change.slug()));
    }
    try {
      done.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      setAside("interrupted while taking in " + change, e);
    } catch (ExecutionException | TimeoutException e) {
      setAside("could not take in " + change + " in time", e);
    }
  }

  private void refresh(String slug) {
    try {
      Optional<ListedCase> now = reads.readBySlug(slug);
      if (now.isPresent()) {
        listing.put(now.get());
      } else {
        setAside("case " + slug + " is gone for good", null);
      }
    } catch (RuntimeException e) {
      setAside("reading case " + slug + " failed", e);
    }
  }

  private void setAside(String why, Exception e) {
    LOG.log(e == null ? Level.INFO : Level.WARNING, "Reloading the case listing: " + why, e);
    reload();
  }

  private void reloadNow() {
    long start = System.nanoTime();
    try {
      Map<Long, ListedCase> all = null;
      while (true) {
        if (all == null) {
          all = new HashMap<>();
          for (ListedCase listed : reads.readAll()) {
            all.put(listed.id(), listed);
          }
        }
        List<String> slugs;
        synchronized (lock) {
          if (reloadAgain) {
            reloadAgain = false;
            pending.clear();
            all = null;
            continue;
          }
          if (pending.isEmpty()) {
            listing.replaceAll(all.values().stream().sorted(BY_ID).toList());
            reloading = false;
            break;
          }
          slugs = List.copyOf(pending);
          pending.clear();
        }
        for (String slug : slugs) {
          Optional<ListedCase> now = reads.readBySlug(slug);
          if (now.isEmpty()) {
            all = null; // removed for good meanwhile: read everything again
            break;
          }
          all.put(now.get().id(), now.get());
        }
      }
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      LOG.info(() -> "Case listing loaded: " + listing.size() + " cases in " + millis + " ms");
    } catch (RuntimeException e) {
      synchronized (lock) {
        reloading = false;
      }
      DatabaseOutage.log(
          LOG, Level.WARNING, "Loading the case listing failed; it is tried again later", e);
    }
  }

  private static final java.util.Comparator<ListedCase> BY_ID =
      java.util.Comparator.comparingLong(ListedCase::id);
}
