package nl.techniekpact.cms.plugin.host;

import java.time.Instant;
import java.util.Objects;

/**
 * The set of running plugins has changed: a plugin was installed, enabled, disabled, upgraded,
 * removed or paused (also automatically, after failing too often). The CDI event the plugin
 * platform fires after every change of its registry, on the thread that made it; pages showing
 * plugin fragments or plugin pages observe it (the page cache empties).
 *
 * <pre>{@code
 * void onPlugins(@Observes PluginsChanged change) { ... change.pluginId() ... }
 * }</pre>
 *
 * @param pluginId the plugin that started, stopped or was replaced
 * @param at when
 */
public record PluginsChanged(String pluginId, Instant at) {

  /** Checks the parts. */
  public PluginsChanged {
    Objects.requireNonNull(pluginId, "pluginId");
    Objects.requireNonNull(at, "at");
  }
}
