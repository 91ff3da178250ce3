package nl.techniekpact.cms.plugin.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import nl.techniekpact.cms.plugin.host.PluginPlatform;

/**
 * Counts a server error of a plugin's endpoint against the plugin, through the invoker; the request
 * was marked as the plugin's by {@link PluginRequestScope}.
 */
@ApplicationScoped
public class PluginRequestFailures {

  @Inject private PluginPlatform platform;

  /** Reports the error if the request was served by a plugin. */
  public void report(HttpServletRequest request, Throwable error) {
    Object pluginId = request == null ? null : request.getAttribute(PluginRequestScope.PLUGIN_ID);
    if (pluginId instanceof String id) {
      platform.invoker().failed(id, request.getMethod() + " " + request.getRequestURI(), error);
    }
  }
}
