package nl.techniekpact.cms.plugin.rest;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.techniekpact.cms.plugin.host.ActivePlugin;
import nl.techniekpact.cms.plugin.host.PluginInvoker;
import nl.techniekpact.cms.plugin.host.PluginPlatform;

/**
 * Wraps a request to a running plugin's endpoint ({@code /api/v1/plugins/<id>/…}) in an invoker
 * scope: the plugin's class loader is the context class loader while JAX-RS calls its resource
 * method, the call is timed, and the request is marked so that a server error is counted against
 * the plugin ({@link PluginRequestFailures}). The scope always closes, whatever the plugin does.
 */
@WebFilter(filterName = "pluginRequestScope", urlPatterns = "/api/v1/plugins/*")
public class PluginRequestScope extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Request attribute naming the plugin that serves the request. */
  static final String PLUGIN_ID = "nl.techniekpact.cms.plugin.id";

  @Inject private PluginPlatform platform;

  @Override
  @SuppressWarnings("try") // the scope sets and restores the context class loader
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<ActivePlugin> plugin =
        pluginOf(request.getRequestURI().substring(request.getContextPath().length()))
            .flatMap(platform.registry()::find);
    if (plugin.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    request.setAttribute(PLUGIN_ID, plugin.get().id());
    try (PluginInvoker.Scope scope =
        platform
            .invoker()
            .enter(plugin.get(), request.getMethod() + " " + request.getRequestURI())) {
      chain.doFilter(request, response);
    }
  }

  /**
   * The plugin id of a path such as {@code /api/v1/plugins/<id>/…}, unless the path is the host's
   * own.
   */
  static Optional<String> pluginOf(String path) {
    String prefix = "/api/v1/plugins/";
    if (path == null || !path.startsWith(prefix) || path.length() == prefix.length()) {
      return Optional.empty();
    }
    String[] segments = path.substring(prefix.length()).split("/", 3);
    if (segments.length > 1 && segments[1].equals(PluginsResource.INSTALLATION)) {
      return Optional.empty();
    }
    return Optional.of(segments[0]);
  }
}
