package nl.techniekpact.cms.pagecache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The cached pages of one node: least recently used first out, bounded by a number of entries and
 * by their total size. Every change of content advances a generation; a page rendered while the
 * generation moved on is refused, so a render that read old content can never be stored after the
 * invalidation that should have removed it.
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

  /** The current generation; take it before rendering and hand it to {@link #put}. */
  synchronized long generation() {
    return generation;
  }

  synchronized Optional<CachedPage> get(String key) {
    return Optional.ofNullable(pages.get(key));
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

  /** Forgets every page and starts a new generation. */
  synchronized void clear() {
    generation++;
    pages.clear();
    bytes = 0;
  }

  synchronized int size() {
    return pages.size();
  }

  synchronized long bytes() {
    return bytes;
  }
}
