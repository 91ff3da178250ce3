package nl.techniekpact.cms.pagecache;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Parts of public pages that every visitor sees alike, kept across requests on this node so an
 * uncached page does not read and render them again: the plugin fragments of a slot, the home
 * page's pact, goals and landsdelen (ADR 0024). A part is a value computed only from published
 * content, the running plugins and their settings, the language and the request's parameters, never
 * from the visitor.
 *
 * <p>Parts are kept under the {@link PublicVersion} they were computed in and all forgotten when it
 * moves on (a content change, a plugin or plugin setting change, the next publication moment). A
 * part computed while the version moved on is not kept. Setting: {@value #ENABLED} (default {@code
 * true}).
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
  @Inject private PublicVersion version;

  private boolean enabled;

  /** The parts and the version they were computed in; replaced as a whole when it moves on. */
  private volatile Kept kept = new Kept(-1, new ConcurrentHashMap<>());

  private record Kept(long version, Map<Object, Object> parts) {}

  /** For CDI. */
  public PublicParts() {}

  /** For tests: parts kept under this version. */
  PublicParts(PublicVersion version) {
    this.version = version;
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
   * @param compute computes the part; it may return {@code null} for "do not keep", which is then
   *     computed again next time
   * @param <T> the part's type: immutable, it is shared by concurrent requests
   * @return the part
   */
  public <T> T get(Object key, Supplier<T> compute) {
    return get(key, compute, part -> true);
  }

  /**
   * A part, computed now or kept since it was computed, still valid and fit to keep: a part that is
   * not (for example one a failed plugin call left incomplete) is shown to this request only and
   * computed again for the next.
   *
   * @param key as for {@link #get(Object, Supplier)}
   * @param compute computes the part; {@code null} is never kept
   * @param keep whether a computed part may be kept
   * @param <T> the part's type: immutable, it is shared by concurrent requests
   * @return the part
   */
  @SuppressWarnings("unchecked")
  public <T> T get(Object key, Supplier<T> compute, Predicate<? super T> keep) {
    Optional<PublicVersion.Version> now = enabled ? version.current() : Optional.empty();
    if (now.isEmpty()) {
      return compute.get();
    }
    Kept current = keptIn(now.get().number());
    Object part = current.parts().get(key);
    if (part != null) {
      return (T) part;
    }
    T computed = compute.get();
    if (computed != null && keep.test(computed) && version.isStill(now.get())) {
      if (current.parts().size() >= MAX_PARTS) {
        current.parts().clear();
      }
      current.parts().putIfAbsent(key, computed);
    }
    return computed;
  }

  /** How many parts are kept now. */
  public int size() {
    return kept.parts().size();
  }

  /** The parts of a version, forgetting those of an older one. */
  private Kept keptIn(long number) {
    Kept current = kept;
    if (current.version() == number) {
      return current;
    }
    synchronized (this) {
      if (kept.version() < number) {
        kept = new Kept(number, new ConcurrentHashMap<>());
      }
      return kept;
    }
  }
}
