package nl.techniekpact.cms.plugin.host;

import java.util.Objects;

/**
 * A plugin's class loader was unloaded (the plugin was removed, upgraded, disabled, paused, or
 * failed to start). The CDI event the plugin platform fires synchronously right after the unload,
 * so that host code which had to hand plugin classes to a container library can make that library
 * forget them (see {@code PluginEndpointCaches}). Observers must not keep the loader.
 *
 * @param classLoader the unloaded plugin's class loader
 */
public record PluginUnloaded(ClassLoader classLoader) {

  /** Checks the parts. */
  public PluginUnloaded {
    Objects.requireNonNull(classLoader, "classLoader");
  }
}
