package nl.techniekpact.cms.pagecache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The cached pages of one node: least recently used first out, bounded by a number of entries and
 * by their total size. The pages belong to one generation (a {@link PublicVersion}'s number); a
 * page rendered in another generation is refused and not found, so a render that read old content
 * can never be stored or served after the change that should have removed it.
 */
final class PageStore {

  private final int maxEntries;
  private final long maxBytes;
  private final LinkedHashMap<String, CachedPage> pages = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;
  private long generation;

  PageStore(int maxEntries, long maxBytes) {
    if (maxEntries < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("The page cache needs room for at least one page");
    }
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  /** Forgets every page when the generation moved on to a later one. */
  synchronized void moveTo(long later) {
    if (later > generation) {
      generation = later;
      pages.clear();
      bytes = 0;
    }
  }

  /** A page kept in a generation. */
  synchronized Optional<CachedPage> get(String key, long keptIn) {
    return keptIn == generation ? Optional.ofNullable(pages.get(key)) : Optional.empty();
  }

  /**
   * Keeps a page rendered in a generation, unless the content changed since or it is too large.
   *
   * @return whether it was kept
   */
  synchronized boolean put(String key, CachedPage page, long renderedIn) {
    if (renderedIn != generation || page.weight() > maxBytes) {
      return false;
    }
    CachedPage previous = pages.put(key, page);
    if (previous != null) {
      bytes -= previous.weight();
    }
    bytes += page.weight();
    Iterator<Map.Entry<String, CachedPage>> eldest = pages.entrySet().iterator();
    while ((pages.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
      bytes -= eldest.next().getValue().weight();
      eldest.remove();
    }
    return true;
  }

  synchronized int size() {
    return pages.size();
  }

  synchronized long bytes() {
    return bytes;
  }
}
