package nl.techniekpact.cms.plugin.host;

import java.util.Objects;

/**
 * A call into a plugin has just failed (it threw; the host shows a placeholder or an error page
 * instead). The CDI event the plugin platform fires on the calling thread, so that what is being
 * rendered there knows it is incomplete: the page cache does not keep such a page.
 *
 * @param pluginId the plugin whose call failed
 */
public record PluginCallFailed(String pluginId) {

  /** Checks the part. */
  public PluginCallFailed {
    Objects.requireNonNull(pluginId, "pluginId");
  }
}
