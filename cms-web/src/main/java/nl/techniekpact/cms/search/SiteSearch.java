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
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.techniekpact.cms.persistence.DatabaseOutage;
import nl.techniekpact.cms.persistence.DatabaseSettings;
import nl.techniekpact.cms.plugin.host.PluginsChanged;
import nl.techniekpact.cms.publishing.ContentChanged;
import nl.techniekpact.cms.search.SearchContent.RowStamp;
import nl.techniekpact.cms.search.SearchDocument.Stamp;
import nl.techniekpact.plugin.api.ContentEvent;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.microprofile.config.Config;

/**
 * The site's search: one {@link SearchIndex} per node, kept on disk in its data directory and
 * brought up to date with the database when the CMS starts (once the database is ready): cases
 * whose version and last update the index holds already are left alone, the others are read again,
 * and those no longer visible are removed; the few goals, regions, ambassadors and organisations,
 * and the items of running plugins' content types (ADR 0036), are read again as a whole. An index
 * of an older format or one that fails its checksums is rebuilt. After that it is kept current by
 * observing {@link ContentChanged} after commit, and committed to disk every 15 seconds when it
 * changed; a plugin's items follow {@link PluginsChanged} (in when it runs, out when it stops). All
 * index writes run one after another on one background thread, so a change never overtakes the
 * catch-up it follows; searches run on the caller's thread.
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

  /**
   * MicroProfile Config key of the number of threads that analyse documents while the index is
   * built from scratch (default: one per core but one, at least one).
   */
  public static final String INDEX_THREADS = "cms.search.index-threads";

  /** The types a kept index compares row by row; the others are few and read again whole. */
  private static final Set<SearchType> COMPARED = EnumSet.of(SearchType.CASE);

  private static final Logger LOG = Logger.getLogger(SiteSearch.class.getName());

  @Inject private Config config;
  @Inject private SearchContent content;
  @Inject private SearchPluginItems pluginItems;

  /** How long a change of the running plugins waits for the index to follow it. */
  static final Duration PLUGIN_CHANGE_WAIT = Duration.ofSeconds(10);

  @Resource private ManagedThreadFactory threads;

  private ExecutorService writer;
  private volatile Thread writerThread;
  private volatile SearchIndex index;
  private Path indexDirectory;
  private Path temporaryDirectory;
  private volatile boolean ready;
  private volatile boolean closing;
  private volatile IndexUpdate lastUpdate;
  private final AtomicBoolean building = new AtomicBoolean();

  /**
   * What bringing the index up to date did.
   *
   * @param opening what was found on disk
   * @param unchanged cases the index held as they are in the database
   * @param read cases read (again) from the database
   * @param removed cases removed because they are no longer visible or no longer there
   * @param size the items the index holds afterwards, of every type
   * @param millis how long it took
   */
  public record IndexUpdate(
      SearchIndex.Opening opening, int unchanged, int read, int removed, int size, long millis) {}

  /** Starts the writer thread; the index is opened on it by the first catch-up, not here. */
  @PostConstruct
  void open() {
    writer =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread thread = threads.newThread(runnable);
              writerThread = thread;
              return thread;
            });
  }

  private SearchIndex openIndex() throws IOException {
    SearchIndex opened = SearchIndex.open(directory());
    LOG.info(
        () ->
            "Search index in "
                + indexDirectory.toAbsolutePath()
                + ": "
                + switch (opened.opening()) {
                  case KEPT -> "kept from the last run, brought up to date with the database";
                  case NEW -> "none yet, built from the database";
                  case OTHER_FORMAT -> "of another format, rebuilt from the database";
                  case CORRUPT -> "unreadable, rebuilt from the database";
                });
    return opened;
  }

  /**
   * The configured directory, or a temporary one when another process holds it (two nodes sharing a
   * data directory): that node then builds its index from the database at every start.
   */
  private Directory directory() throws IOException {
    Path dir =
        temporaryDirectory != null
            ? temporaryDirectory
            : config
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
      indexDirectory = dir;
      return fs;
    } catch (LockObtainFailedException taken) {
      fs.close();
      temporaryDirectory = Files.createTempDirectory("techniekpact-search-");
      indexDirectory = temporaryDirectory;
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
    closing = true;
    writer.shutdown();
    try {
      if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
        writer.shutdownNow();
        writer.awaitTermination(5, TimeUnit.SECONDS);
      }
      if (index != null) {
        index.close();
      }
    } catch (IOException | RuntimeException e) {
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

  /** Whether the index has been brought up to date since the start, so searches see all content. */
  public boolean isReady() {
    return ready;
  }

  /** How many items the index holds (published and scheduled). */
  public int size() {
    SearchIndex current = index;
    return current == null ? 0 : current.size();
  }

  /** What the last catch-up with the database did, if one finished. */
  public Optional<IndexUpdate> lastUpdate() {
    return Optional.ofNullable(lastUpdate);
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
    return await(writer.submit(() -> {}), timeout);
  }

  private static boolean await(Future<?> task, Duration timeout) {
    try {
      task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException e) {
      return false;
    }
  }

  /**
   * Brings the index up to date with the database in the background, unless that is under way
   * already.
   */
  public void bringUpToDate() {
    if (building.compareAndSet(false, true)) {
      writer.execute(this::bringUpToDateNow);
    }
  }

  /** Writes the changes since the last commit to disk, in the background, once ready. */
  public void commitLater() {
    if (ready && !closing) {
      writer.execute(
          () -> {
            try {
              index.commit();
            } catch (RuntimeException e) {
              LOG.log(Level.WARNING, "Committing the search index failed", e);
            }
          });
    }
  }

  /**
   * Closes the index and opens it again from its directory, as a restart of the node does, then
   * brings it up to date; {@code whileClosed} runs in between with the directory (the tests damage
   * it there). Searches answer "not ready" meanwhile.
   *
   * @return what the catch-up did, or empty when it did not finish within the timeout
   */
  public Optional<IndexUpdate> reopen(Consumer<Path> whileClosed, Duration timeout) {
    // While the index is closed it is "not ready", and the start's timer asks for a catch-up of
    // an index that is not ready: that one would run right after this one, beside whatever the
    // caller changes next. The reopening's catch-up is the one asked for.
    building.set(true);
    Future<?> done =
        writer.submit(
            () -> {
              ready = false;
              try {
                if (index != null) {
                  index.close();
                  index = null;
                }
                whileClosed.accept(indexDirectory);
                lastUpdate = null;
                bringUpToDateNow();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              } finally {
                building.set(false);
              }
            });
    return await(done, timeout) ? lastUpdate() : Optional.empty();
  }

  private void bringUpToDateNow() {
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    int[] tally = new int[3];
    try {
      if (index == null) {
        index = openIndex();
      }
      for (SearchType type : SearchType.values()) {
        if (COMPARED.contains(type)) {
          catchUp(type, tally);
        } else {
          reread(type);
        }
      }
      index.refresh();
      index.commit();
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      long cpuMillis = TimeUnit.NANOSECONDS.toMillis(processCpuNanos() - cpuStart);
      IndexUpdate update =
          new IndexUpdate(index.opening(), tally[0], tally[1], tally[2], index.size(), millis);
      lastUpdate = update;
      ready = true;
      LOG.info(
          () ->
              "Search index built: "
                  + update.size()
                  + " items in "
                  + millis
                  + " ms, process CPU "
                  + cpuMillis
                  + " ms (cases: "
                  + update.unchanged()
                  + " unchanged, "
                  + update.read()
                  + " read, "
                  + update.removed()
                  + " removed)");
    } catch (IOException | RuntimeException e) {
      DatabaseOutage.log(
          LOG, Level.SEVERE, "Building the search index failed; it is tried again later", e);
    } finally {
      building.set(false);
    }
  }

  /**
   * Compares a type's rows with what the index holds: reads again what differs (or is missing) and
   * removes what the database no longer shows. An index without that type builds it whole.
   */
  private void catchUp(SearchType type, int[] tally) {
    index.refresh();
    Map<String, Stamp> held = index.stamps(type);
    if (held.isEmpty()) {
      tally[1] += buildWhole(type);
      return;
    }
    content.readStamps(
        type,
        rows -> {
          checkNotClosing();
          List<Long> stale = new ArrayList<>();
          for (RowStamp row : rows) {
            Stamp had = held.remove(row.key());
            if (row.stamp().equals(had)) {
              tally[0]++;
            } else {
              stale.add(row.id());
            }
          }
          for (int from = 0; from < stale.size(); from += SearchContent.BATCH) {
            List<Long> chunk =
                stale.subList(from, Math.min(stale.size(), from + SearchContent.BATCH));
            for (SearchDocument item : content.readRows(type, chunk)) {
              index.put(item);
              tally[1]++;
            }
          }
        });
    for (String gone : held.keySet()) {
      index.remove(type, gone);
      tally[2]++;
    }
  }

  /**
   * Reads a whole type into an index that holds none of it: the database is read on this thread
   * while up to {@link #INDEX_THREADS} threads analyse the batches read so far.
   *
   * @return how many items were added
   */
  private int buildWhole(SearchType type) {
    int workers =
        config
            .getOptionalValue(INDEX_THREADS, Integer.class)
            .orElse(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    AtomicInteger added = new AtomicInteger();
    if (workers <= 1) {
      content.readAllInBatches(
          type,
          batch -> {
            checkNotClosing();
            batch.forEach(index::add);
            added.addAndGet(batch.size());
          });
      return added.get();
    }
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            workers,
            workers,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(workers),
            runnable -> {
              Thread thread = threads.newThread(runnable);
              thread.setPriority(Thread.MIN_PRIORITY);
              return thread;
            },
            new ThreadPoolExecutor.CallerRunsPolicy());
    try {
      content.readAllInBatches(
          type,
          batch -> {
            checkNotClosing();
            if (failure.get() != null) {
              throw failure.get();
            }
            pool.execute(
                () -> {
                  try {
                    batch.forEach(index::add);
                    added.addAndGet(batch.size());
                  } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                  }
                });
          });
    } finally {
      pool.shutdown();
      try {
        pool.awaitTermination(10, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    return added.get();
  }

  /** CPU time of the whole process so far, where the JVM tells it (a figure for the log). */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  private void checkNotClosing() {
    if (closing) {
      throw new CancellationException("the CMS is stopping");
    }
  }

  /** Re-indexes what a committed change touched: one item, or all of a type for {@code *}. */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
    if (isPluginType(change.contentType())) {
      writer.execute(() -> applyPluginItem(change));
      return;
    }
    Set<SearchType> types = typesOf(change.contentType());
    if (types.isEmpty()) {
      return;
    }
    writer.execute(() -> apply(change, types));
  }

  private void apply(ContentChanged change, Set<SearchType> types) {
    if (index == null) {
      return; // not opened yet: the catch-up that opens it reads the change from the database
    }
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
    if (type == SearchType.PLUGIN_ITEM) {
      pluginItems.readAll(index::add);
    } else {
      content.readAll(type, index::add);
    }
  }

  /** Whether a content type is a plugin's: {@code <plugin>/<type>}. */
  static boolean isPluginType(String contentType) {
    return contentType.indexOf('/') > 0;
  }

  /**
   * Puts a plugin item in the index as it is now, or takes it out; all of its type for {@code *}.
   */
  private void applyPluginItem(ContentChanged change) {
    if (index == null) {
      return; // not opened yet: the catch-up that opens it reads the change from the database
    }
    try {
      String type = change.contentType();
      if (ContentChanged.ALL.equals(change.slug())) {
        String plugin = type.substring(0, type.indexOf('/'));
        index.removePlugin(plugin);
        pluginItems.readPlugin(plugin).forEach(index::put);
      } else {
        String key = type + "/" + change.slug();
        pluginItems
            .read(type, change.slug())
            .ifPresentOrElse(index::put, () -> index.remove(SearchType.PLUGIN_ITEM, key));
      }
      index.refresh();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Updating the search index for " + change + " failed", e);
    }
  }

  /**
   * Follows a change of the running plugins (installed, enabled, disabled, upgraded, paused,
   * removed, here or, through the reconciliation, on another node): the plugin's items leave the
   * index and those of a running plugin are read again. Once the index is up to date the change
   * waits (at most {@link #PLUGIN_CHANGE_WAIT}) until searches see it, so a disabled plugin's items
   * are gone when its disabling is answered.
   */
  void pluginsChanged(@Observes PluginsChanged change) {
    if (closing) {
      return;
    }
    Future<?> done =
        writer.submit(
            () -> {
              if (index == null) {
                return; // the catch-up that opens the index reads the running plugins
              }
              try {
                index.removePlugin(change.pluginId());
                pluginItems.readPlugin(change.pluginId()).forEach(index::add);
                index.refresh();
              } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Updating the search index for " + change + " failed", e);
              }
            });
    // never wait on the writer thread itself (a change it caused would wait for itself)
    if (ready && Thread.currentThread() != writerThread && !await(done, PLUGIN_CHANGE_WAIT)) {
      LOG.warning(() -> "The search index has not yet followed " + change);
    }
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
