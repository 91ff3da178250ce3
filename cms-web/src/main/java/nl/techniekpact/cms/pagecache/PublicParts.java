package nl.techniekpact.cms.pagecache;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.cms.plugin.host.PluginsChanged;
import nl.techniekpact.cms.plugin.settings.PluginSettingChanged;
import nl.techniekpact.cms.publishing.ContentChanged;
import org.eclipse.microprofile.config.Config;

/**
 * Parts of public pages that every visitor sees alike, kept across requests on this node so an
 * uncached page does not read and render them again: the plugin fragments of a slot, the home
 * page's pact, goals and landsdelen (ADR 0024). A part is a value computed only from published
 * content, the running plugins and their settings, the language and the request's parameters, never
 * from the visitor.
 *
 * <p>Every part is dropped at once on each of: a committed {@link ContentChanged} (also relayed
 * from other nodes), {@link PluginsChanged}, a committed {@link PluginSettingChanged} and the next
 * moment at which published content changes by itself (a scheduled publication or a publication
 * end, looked up in the database after each drop). A part computed while one of these happened is
 * not kept. Setting: {@value #ENABLED} (default {@code true}).
 *
 * <pre>{@code
 * HomeContent content = parts.get(new HomeKey(locale), () -> HomeContent.read(...));
 * }</pre>
 */
@ApplicationScoped
public class PublicParts {

  /** Configuration key: whether parts are kept ({@code true}/{@code false}). */
  public static final String ENABLED = "cms.pagecache.parts.enabled";

  /** At most this many parts are kept; a full map is emptied (keys are few and fixed in use). */
  static final int MAX_PARTS = 500;

  private static final Logger LOG = Logger.getLogger(PublicParts.class.getName());

  @Inject private Config config;
  @Inject private ScheduledMoments moments;

  private Clock clock = Clock.systemUTC();
  private boolean enabled;
  private final Map<Object, Object> parts = new ConcurrentHashMap<>();
  private final AtomicLong drops = new AtomicLong();

  /** Guarded by this: advanced by every drop; a part computed across a change is not kept. */
  private long generation;

  /** Guarded by this: the next moment content changes by itself; {@code null} when unknown. */
  private Instant validUntil;

  /** Written under this lock, read without: the generation and until when it is valid. */
  private volatile Valid valid = new Valid(0, Instant.MIN);

  private record Valid(long generation, Instant until) {}

  /** For CDI. */
  public PublicParts() {}

  /** For tests: parts kept with these moments and this clock. */
  PublicParts(ScheduledMoments moments, Clock clock) {
    this.moments = moments;
    this.clock = clock;
    this.enabled = true;
  }

  @PostConstruct
  void configure() {
    enabled = config.getOptionalValue(ENABLED, Boolean.class).orElse(true);
    LOG.info(() -> "Public page parts kept: " + (enabled ? "on" : "off"));
  }

  /**
   * A part, computed now or kept since it was computed and still valid.
   *
   * @param key what the part is, with everything of the request it depends on (language,
   *     parameters): a value with {@code equals} and {@code hashCode}, such as a record
   * @param compute computes the part; it may return {@code null} for "do not keep" (for example a
   *     plugin call failed), which is then computed again next time
   * @param <T> the part's type: immutable, it is shared by concurrent requests
   * @return the part
   */
  @SuppressWarnings("unchecked")
  public <T> T get(Object key, Supplier<T> compute) {
    Optional<Long> ticket = begin();
    if (ticket.isEmpty()) {
      return compute.get();
    }
    Object kept = parts.get(key);
    if (kept != null) {
      return (T) kept;
    }
    T computed = compute.get();
    if (computed != null) {
      synchronized (this) {
        if (generation == ticket.get()) {
          if (parts.size() >= MAX_PARTS) {
            parts.clear();
          }
          parts.putIfAbsent(key, computed);
        }
      }
    }
    return computed;
  }

  /**
   * Drops every part on this node.
   *
   * @param reason why, for the log
   */
  public void dropAll(String reason) {
    synchronized (this) {
      parts.clear();
      generation++;
      validUntil = null;
      valid = new Valid(generation, Instant.MIN);
    }
    drops.incrementAndGet();
    LOG.fine(() -> "Public page parts dropped: " + reason);
  }

  /** How often all parts were dropped since start. */
  public long drops() {
    return drops.get();
  }

  /** How many parts are kept now. */
  public int size() {
    return parts.size();
  }

  void onContent(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
    dropAll(change.contentType() + " " + change.slug() + " " + change.kind());
  }

  void onPlugins(@Observes PluginsChanged change) {
    dropAll("plugin " + change.pluginId());
  }

  void onSetting(@Observes(during = TransactionPhase.AFTER_SUCCESS) PluginSettingChanged change) {
    dropAll("setting of plugin " + change.pluginId());
  }

  /**
   * Checks that the kept parts are still valid now (dropping them when a moment passed) and returns
   * the generation a part computed from now on may be kept under; empty when parts are off or the
   * next moment is unknown (the database did not answer): then nothing is kept.
   */
  private Optional<Long> begin() {
    if (!enabled) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Valid known = valid;
    if (now.isBefore(known.until())) {
      return Optional.of(known.generation());
    }
    synchronized (this) {
      if (validUntil != null && !now.isBefore(validUntil)) {
        parts.clear();
        generation++;
        validUntil = null;
        valid = new Valid(generation, Instant.MIN);
        drops.incrementAndGet();
        LOG.fine("Public page parts dropped: a publication moment passed");
      }
      if (validUntil == null) {
        try {
          validUntil = moments.nextChange(now);
        } catch (SQLException | RuntimeException e) {
          LOG.log(Level.FINE, "Publication moments unknown; parts are not kept", e);
          return Optional.empty();
        }
        valid = new Valid(generation, validUntil);
      }
      return Optional.of(generation);
    }
  }
}
