package nl.techniekpact.cms.pagecache;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import nl.techniekpact.cms.plugin.host.PluginCallFailed;
import org.eclipse.microprofile.config.Config;

/**
 * The pages this node keeps for anonymous visitors. A page is kept under the {@link PublicVersion}
 * it was rendered in and forgotten when that version moves on: on a committed content change, a
 * change of the running plugins or of their settings (each also relayed from the other nodes of a
 * cluster) and when the next scheduled publication or publication end passes (ADR 0010, 0024).
 *
 * <p>Every move empties the whole cache: every public page shows lists of several content types and
 * plugin fragments, so no narrower key would be honest (ADR 0010). Settings: {@value #ENABLED}
 * (default {@code true}), {@value #MAX_ENTRIES} (default 2000) and {@value #MAX_BYTES} (bytes of
 * HTML kept, default 64 MiB).
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
  @Inject private PublicVersion version;

  private boolean enabled;
  private PageStore store;

  @PostConstruct
  void configure() {
    enabled = config.getOptionalValue(ENABLED, Boolean.class).orElse(true);
    store =
        new PageStore(
            config.getOptionalValue(MAX_ENTRIES, Integer.class).orElse(2000),
            config.getOptionalValue(MAX_BYTES, Long.class).orElse(64L * 1024 * 1024));
    LOG.info(() -> "Page cache " + (enabled ? "on" : "off"));
  }

  /** Whether pages are cached (conditional GET works either way). */
  public boolean isEnabled() {
    return enabled;
  }

  void onPluginFailure(@Observes PluginCallFailed failure) {
    IncompleteRender.mark();
  }

  /**
   * Called before a page is looked up or rendered: forgets the pages of an older version, and
   * returns what a page rendered from now on may be stored with.
   *
   * @return the ticket, empty when the schedule is unknown (the database did not answer): then
   *     nothing is cached
   */
  Optional<Ticket> begin() {
    return version
        .current()
        .map(
            now -> {
              store.moveTo(now.number());
              return new Ticket(now);
            });
  }

  /**
   * A cached page that may be served without looking anything up: caching is on, the version's next
   * moment is known and has not passed, and the page was kept in that version. Anything else (the
   * schedule unknown or due, which needs the database) is left to {@link #begin()} on the normal
   * path.
   *
   * @param key the page's key
   * @return the page, or empty
   */
  Optional<CachedPage> peek(String key) {
    if (!enabled) {
      return Optional.empty();
    }
    return version.known().flatMap(now -> store.get(key, now.number()));
  }

  /**
   * {@link #peek} bound to this bean instance and to the public version's, for the front door: a
   * hit then goes through no CDI client proxy (each costs a reflective call and a look-up of the
   * application's container by the thread's class loader). Call it through the injected proxy; both
   * beans are application scoped and outlive the front door, which is taken out when the
   * application stops.
   *
   * @return the pages that may be served without looking anything up, by key
   */
  Function<String, Optional<CachedPage>> peeker() {
    PublicVersion itself = version.itself();
    if (itself.getClass() != PublicVersion.class) {
      LOG.fine("The public version is reached through a proxy; hits pay for it");
    }
    return key ->
        enabled ? itself.known().flatMap(now -> store.get(key, now.number())) : Optional.empty();
  }

  /** A cached page of the ticket's version, when caching is on. */
  Optional<CachedPage> find(String key, Ticket ticket) {
    return enabled ? store.get(key, ticket.version().number()) : Optional.empty();
  }

  /** Keeps a page rendered under a ticket, unless the version moved on meanwhile. */
  boolean keep(String key, CachedPage page, Ticket ticket) {
    return enabled
        && version.isStill(ticket.version())
        && store.put(key, page, ticket.version().number());
  }

  /** How many pages are kept now. */
  public int size() {
    return store.size();
  }

  /**
   * What a render starting now may be stored with.
   *
   * @param version the public content's version before rendering
   */
  record Ticket(PublicVersion.Version version) {

    /** The Last-Modified of what is rendered. */
    Instant lastModified() {
      return version.since();
    }
  }
}
