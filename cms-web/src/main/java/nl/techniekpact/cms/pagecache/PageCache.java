package nl.techniekpact.cms.pagecache;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.cms.plugin.host.PluginCallFailed;
import nl.techniekpact.cms.plugin.host.PluginsChanged;
import nl.techniekpact.cms.plugin.settings.PluginSettingChanged;
import nl.techniekpact.cms.publishing.ContentChanged;
import org.eclipse.microprofile.config.Config;

/**
 * The pages this node keeps for anonymous visitors, and the one place they are invalidated: {@link
 * #invalidateAll(String)}. It is called when content changes ({@link ContentChanged}, after
 * commit), when the running plugins change ({@link PluginsChanged}) or their settings ({@link
 * PluginSettingChanged}, after commit) and when the next scheduled publication moment in the
 * database passes; a cluster relays those to every node (ADR 0010).
 *
 * <p>Every invalidation empties the whole cache: every public page shows lists of several content
 * types and plugin fragments, so no narrower key would be honest (ADR 0010). Settings: {@value
 * #ENABLED} (default {@code true}), {@value #MAX_ENTRIES} (default 2000) and {@value #MAX_BYTES}
 * (bytes of HTML kept, default 64 MiB).
 */
@ApplicationScoped
public class PageCache {

  /** Configuration key: whether pages are cached ({@code true}/{@code false}). */
  public static final String ENABLED = "cms.pagecache.enabled";

  /** Configuration key: how many pages are kept at most. */
  public static final String MAX_ENTRIES = "cms.pagecache.max-entries";

  /** Configuration key: how many bytes of pages are kept at most. */
  public static final String MAX_BYTES = "cms.pagecache.max-bytes";

  private static final Logger LOG = Logger.getLogger(PageCache.class.getName());

  @Inject private Config config;
  @Inject private ScheduledMoments moments;

  private final Clock clock = Clock.systemUTC();
  private final AtomicLong invalidations = new AtomicLong();
  private boolean enabled;
  private PageStore store;

  /** Guarded by this: when the content last changed (rounded up to a whole second). */
  private Instant lastChange;

  /** Guarded by this: the next scheduled moment; {@code null} when not looked up since a change. */
  private Instant validUntil;

  @PostConstruct
  void configure() {
    enabled = config.getOptionalValue(ENABLED, Boolean.class).orElse(true);
    store =
        new PageStore(
            config.getOptionalValue(MAX_ENTRIES, Integer.class).orElse(2000),
            config.getOptionalValue(MAX_BYTES, Long.class).orElse(64L * 1024 * 1024));
    lastChange = ceilSecond(clock.instant());
    LOG.info(() -> "Page cache " + (enabled ? "on" : "off"));
  }

  /** Whether pages are cached (conditional GET works either way). */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Forgets every cached page on this node and marks the content as changed now. The one
   * invalidation entry point: call it for any change the events below do not cover.
   *
   * @param reason why, for the log
   */
  public void invalidateAll(String reason) {
    synchronized (this) {
      store.clear();
      lastChange = ceilSecond(clock.instant());
      validUntil = null;
    }
    invalidations.incrementAndGet();
    LOG.fine(() -> "Page cache emptied: " + reason);
  }

  void onContent(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
    invalidateAll(change.contentType() + " " + change.slug() + " " + change.kind());
  }

  void onPlugins(@Observes PluginsChanged change) {
    invalidateAll("plugin " + change.pluginId());
  }

  void onSetting(@Observes(during = TransactionPhase.AFTER_SUCCESS) PluginSettingChanged change) {
    invalidateAll("setting of plugin " + change.pluginId());
  }

  void onPluginFailure(@Observes PluginCallFailed failure) {
    IncompleteRender.mark();
  }

  /**
   * Called before a page is looked up or rendered: empties the cache when a scheduled moment has
   * passed, and returns what a page rendered from now on may be stored with.
   *
   * @return the ticket, empty when the schedule is unknown (the database did not answer): then
   *     nothing is cached
   */
  Optional<Ticket> begin() {
    Instant now = clock.instant();
    synchronized (this) {
      if (validUntil != null && !now.isBefore(validUntil)) {
        store.clear();
        lastChange = ceilSecond(now);
        validUntil = null;
        invalidations.incrementAndGet();
        LOG.fine("Page cache emptied: a scheduled publication moment passed");
      }
      if (validUntil == null) {
        try {
          validUntil = moments.after(now);
        } catch (SQLException | RuntimeException e) {
          LOG.log(Level.FINE, "Scheduled moments unknown; this page is not cached", e);
          return Optional.empty();
        }
      }
      return Optional.of(new Ticket(store.generation(), lastChange));
    }
  }

  /**
   * A cached page that may be served without looking anything up: caching is on, the next scheduled
   * moment is known and has not passed, and the page is kept. Anything else (the schedule unknown
   * or due, which needs the database) is left to {@link #begin()} on the normal path.
   *
   * @param key the page's key
   * @return the page, or empty
   */
  Optional<CachedPage> peek(String key) {
    if (!enabled) {
      return Optional.empty();
    }
    synchronized (this) {
      if (validUntil == null || !clock.instant().isBefore(validUntil)) {
        return Optional.empty();
      }
    }
    return store.get(key);
  }

  /** A cached page, when caching is on. */
  Optional<CachedPage> find(String key) {
    return enabled ? store.get(key) : Optional.empty();
  }

  /** Keeps a page rendered under a ticket, unless content changed meanwhile. */
  boolean keep(String key, CachedPage page, Ticket ticket) {
    return enabled && store.put(key, page, ticket.generation());
  }

  /** How often the cache was emptied since start. */
  public long invalidations() {
    return invalidations.get();
  }

  /** How many pages are kept now. */
  public int size() {
    return store.size();
  }

  private static Instant ceilSecond(Instant moment) {
    Instant floor = moment.truncatedTo(ChronoUnit.SECONDS);
    return floor.equals(moment) ? floor : floor.plusSeconds(1);
  }

  /**
   * What a render starting now may be stored with.
   *
   * @param generation the store's generation before rendering
   * @param lastModified the Last-Modified of what is rendered
   */
  record Ticket(long generation, Instant lastModified) {}
}
