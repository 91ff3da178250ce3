package nl.techniekpact.cms.plugin.host;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The running plugins, read on every request without locking: each change replaces the whole map,
 * so a reader sees a plugin either with all its contributions or not at all.
 */
public final class PluginRegistry {

  private volatile Map<String, ActivePlugin> active = Map.of();
  private volatile Consumer<String> onChange = id -> {};

  /**
   * Sets who is told, after each change, which plugin started, stopped or was replaced (the
   * platform fires {@link PluginsChanged} from it). Every install, enable, disable, upgrade,
   * removal and pause passes through this registry, so no change is missed.
   */
  public void onChange(Consumer<String> listener) {
    this.onChange = listener;
  }

  /** A running plugin by id. */
  public Optional<ActivePlugin> find(String id) {
    return Optional.ofNullable(active.get(id));
  }

  /**
   * The running plugins as one unchanging value: a different object after every change, so a reader
   * may keep what it derived from one (such as compiled routes) while it is the same.
   */
  public Map<String, ActivePlugin> snapshot() {
    return active;
  }

  /** All running plugins, in the order they started. */
  public Collection<ActivePlugin> all() {
    return active.values();
  }

  /** The fragments for a slot, by position and then in plugin start order, each with its plugin. */
  public List<Map.Entry<ActivePlugin, ActivePlugin.SlotFragment>> fragments(String slot) {
    return active.values().stream()
        .flatMap(
            plugin ->
                plugin.fragments().stream()
                    .filter(fragment -> fragment.slot().equals(slot))
                    .map(fragment -> Map.entry(plugin, fragment)))
        .sorted(java.util.Comparator.comparingInt(entry -> entry.getValue().position()))
        .toList();
  }

  synchronized void put(ActivePlugin plugin) {
    Map<String, ActivePlugin> next = new LinkedHashMap<>(active);
    next.remove(plugin.id());
    next.put(plugin.id(), plugin);
    active = java.util.Collections.unmodifiableMap(next);
    onChange.accept(plugin.id());
  }

  synchronized Optional<ActivePlugin> remove(String id) {
    if (!active.containsKey(id)) {
      return Optional.empty();
    }
    Map<String, ActivePlugin> next = new LinkedHashMap<>(active);
    ActivePlugin removed = next.remove(id);
    active = java.util.Collections.unmodifiableMap(next);
    onChange.accept(id);
    return Optional.of(removed);
  }
}
