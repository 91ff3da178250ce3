package nl.techniekpact.cms.publishing;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import nl.techniekpact.plugin.api.ContentEvent;

/**
 * What the public may see has (or may have) changed: the CDI event every write path fires once its
 * transaction has committed, and the one thing that page cache, search index and plugin listeners
 * observe ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} or after commit).
 *
 * <pre>{@code
 * @Inject Event<ContentChanged> changes;
 * changes.fire(ContentChanged.of(ContentEvent.CASE_STUDY, "de-maakotheek", Kind.UPDATED)
 *     .touching(Set.of("noord-nederland")));
 * }</pre>
 *
 * @param contentType the type, one of {@link ContentEvent}'s constants or a plugin content type key
 * @param slug the item's slug (for goals their number), or {@code "*"} when many items changed at
 *     once (an import, a schedule that fired for several items)
 * @param kind what happened
 * @param regions the slugs of the regions whose pages show the item, before and after the change;
 *     empty when unknown
 * @param at when it happened
 */
public record ContentChanged(
    String contentType, String slug, ContentEvent.Kind kind, Set<String> regions, Instant at) {

  /** Any item. */
  public static final String ALL = "*";

  /** Checks and copies the parts. */
  public ContentChanged {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(kind, "kind");
    regions = Set.copyOf(regions);
    Objects.requireNonNull(at, "at");
  }

  /** A change to one item, now, regions unknown. */
  public static ContentChanged of(String contentType, String slug, ContentEvent.Kind kind) {
    return new ContentChanged(contentType, slug, kind, Set.of(), Instant.now());
  }

  /** The same change, naming the regions whose pages show the item. */
  public ContentChanged touching(Set<String> regionSlugs) {
    return new ContentChanged(contentType, slug, kind, regionSlugs, at);
  }

  /** The event as plugins see it. */
  public ContentEvent toPluginEvent() {
    return new ContentEvent(kind, contentType, slug, at);
  }
}
