package nl.techniekpact.cms.plugin.host;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the plugin class loaders that still exist, through weak references: a loader of a removed
 * or replaced plugin that is still counted after garbage collection is a leak (something in the
 * host or a library still refers to one of its classes). Reported by the plugins health check.
 */
public final class PluginClassLoaderCensus {

  private static final ReferenceQueue<ClassLoader> COLLECTED = new ReferenceQueue<>();
  private static final Set<Entry> ALIVE = ConcurrentHashMap.newKeySet();

  private PluginClassLoaderCensus() {}

  /** Counts a new loader of a plugin version. */
  static void register(ClassLoader loader, String pluginLabel) {
    forget();
    ALIVE.add(new Entry(loader, pluginLabel));
  }

  /**
   * The plugin class loaders not yet collected, by plugin label ({@code id@version}).
   *
   * @return counts by label, sorted
   */
  public static Map<String, Integer> alive() {
    forget();
    Map<String, Integer> counts = new TreeMap<>();
    for (Entry entry : ALIVE) {
      if (entry.get() != null) {
        counts.merge(entry.label, 1, Integer::sum);
      }
    }
    return counts;
  }

  private static void forget() {
    for (Object gone = COLLECTED.poll(); gone != null; gone = COLLECTED.poll()) {
      ALIVE.remove(gone);
    }
  }

  private static final class Entry extends WeakReference<ClassLoader> {
    final String label;

    Entry(ClassLoader loader, String label) {
      super(loader, COLLECTED);
      this.label = label;
    }
  }
}
