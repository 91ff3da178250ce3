package nl.techniekpact.cms.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.techniekpact.cms.persistence.DatabaseSettings;
import nl.techniekpact.cms.publishing.ContentChanged;
import nl.techniekpact.plugin.api.ContentEvent;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.microprofile.config.Config;

/**
 * The site's search: one {@link SearchIndex} per node, rebuilt from the database when the CMS
 * starts (once the database is ready) and kept current by observing {@link ContentChanged} after
 * commit. All index writes run one after another on one background thread, so a change never
 * overtakes the rebuild it follows; searches run on the caller's thread.
 *
 * <pre>{@code
 * @Inject SiteSearch search;
 * if (search.isReady()) {
 *   SearchResults found = search.search(new SearchRequest("scholen", null, false, 0, 20, now));
 * }
 * }</pre>
 */
@ApplicationScoped
public class SiteSearch {

  /** MicroProfile Config key of the index directory (environment {@code CMS_SEARCH_INDEX_DIR}). */
  public static final String INDEX_DIR = "cms.search.index-dir";

  private static final Logger LOG = Logger.getLogger(SiteSearch.class.getName());

  @Inject private Config config;
  @Inject private SearchContent content;

  @Resource private ManagedThreadFactory threads;

  private ExecutorService writer;
  private SearchIndex index;
  private Path temporaryDirectory;
  private volatile boolean ready;
  private final AtomicBoolean building = new AtomicBoolean();

  @PostConstruct
  void open() {
    try {
      index = SearchIndex.create(directory());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the search index", e);
    }
    writer = Executors.newSingleThreadExecutor(threads);
  }

  /**
   * The configured directory, or a temporary one when another process holds it (two nodes sharing a
   * data directory): the index is rebuilt at every start, so nothing is lost.
   */
  private Directory directory() throws IOException {
    Path dir =
        config
            .getOptionalValue(INDEX_DIR, String.class)
            .map(Path::of)
            .orElseGet(
                () ->
                    Path.of(
                            config
                                .getOptionalValue(DatabaseSettings.DATA_DIR, String.class)
                                .orElse("data"))
                        .resolve("search-index"));
    Files.createDirectories(dir);
    FSDirectory fs = FSDirectory.open(dir);
    try {
      fs.obtainLock("probe.lock").close();
      return fs;
    } catch (LockObtainFailedException taken) {
      fs.close();
      temporaryDirectory = Files.createTempDirectory("techniekpact-search-");
      LOG.warning(
          () ->
              "Search index directory "
                  + dir.toAbsolutePath()
                  + " is in use by another process; using "
                  + temporaryDirectory
                  + " (set "
                  + INDEX_DIR
                  + " per node)");
      return FSDirectory.open(temporaryDirectory);
    }
  }

  @PreDestroy
  void close() {
    writer.shutdownNow();
    try {
      writer.awaitTermination(10, TimeUnit.SECONDS);
      index.close();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Closing the search index failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (temporaryDirectory != null) {
      try (Stream<Path> files = Files.walk(temporaryDirectory)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        LOG.log(Level.FINE, "Could not remove " + temporaryDirectory, e);
      }
    }
  }

  /** Whether the first build from the database has finished, so searches see all content. */
  public boolean isReady() {
    return ready;
  }

  /** How many items the index holds (published and scheduled). */
  public int size() {
    return index.size();
  }

  /** A page of visible items matching the request. */
  public SearchResults search(SearchRequest request) {
    return index.search(request);
  }

  /**
   * Waits until every index change queued so far is searchable, as tests do before they look.
   *
   * @return whether they were within the timeout
   */
  public boolean awaitQueuedChanges(Duration timeout) {
    try {
      writer.submit(() -> {}).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException e) {
      return false;
    }
  }

  /**
   * Re-reads every type from the database in the background, unless a build is under way already.
   */
  public void rebuild() {
    if (building.compareAndSet(false, true)) {
      writer.execute(this::rebuildNow);
    }
  }

  private void rebuildNow() {
    long start = System.nanoTime();
    try {
      for (SearchType type : SearchType.values()) {
        reread(type);
      }
      index.refresh();
      ready = true;
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      LOG.info(() -> "Search index built: " + index.size() + " items in " + millis + " ms");
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Building the search index failed; it is tried again later", e);
    } finally {
      building.set(false);
    }
  }

  /** Re-indexes what a committed change touched: one item, or all of a type for {@code *}. */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
    Set<SearchType> types = typesOf(change.contentType());
    if (types.isEmpty()) {
      return;
    }
    writer.execute(() -> apply(change, types));
  }

  private void apply(ContentChanged change, Set<SearchType> types) {
    try {
      for (SearchType type : types) {
        boolean one = !ContentChanged.ALL.equals(change.slug()) && type.matchesKey(change.slug());
        if (one && !(type == SearchType.ORGANISATION && types.contains(SearchType.REGION))) {
          Optional<SearchDocument> now = content.read(type, change.slug());
          now.ifPresentOrElse(index::put, () -> index.remove(type, change.slug()));
        } else {
          reread(type);
        }
      }
      index.refresh();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Updating the search index for " + change + " failed", e);
    }
  }

  private void reread(SearchType type) {
    index.removeAll(type);
    content.readAll(type, index::put);
  }

  /**
   * The types a change of a content type touches: a region's publication decides where its
   * organisations' results link, so those are re-read with it.
   */
  static Set<SearchType> typesOf(String contentType) {
    return switch (contentType) {
      case ContentEvent.CASE_STUDY -> EnumSet.of(SearchType.CASE);
      case ContentEvent.AMBASSADOR -> EnumSet.of(SearchType.AMBASSADOR);
      case ContentEvent.REGION -> EnumSet.of(SearchType.REGION, SearchType.ORGANISATION);
      case ContentEvent.PACT, "goal", "theme" -> EnumSet.of(SearchType.GOAL);
      case "organisation" -> EnumSet.of(SearchType.ORGANISATION);
      default -> EnumSet.noneOf(SearchType.class);
    };
  }
}
