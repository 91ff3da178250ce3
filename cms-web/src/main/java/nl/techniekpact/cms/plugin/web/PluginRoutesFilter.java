package nl.techniekpact.cms.plugin.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import nl.techniekpact.cms.web.ErrorKind;

/**
 * Serves the clean addresses running plugins claim for their pages ({@link
 * nl.techniekpact.plugin.api.PublicPage#routes()}): forwards {@code /cases/de-maakotheek} to the
 * running version's page with {@code slug=de-maakotheek}, where {@link PluginPagesFilter} takes
 * over. When the plugin is disabled or removed its addresses are simply unknown: the site's 404.
 * While the plugin host waits for the database, an unknown address may be a plugin's page: its 404
 * becomes a 503 that tells visitors and search engines to come back ({@link
 * ErrorKind#IF_NOT_FOUND}).
 */
@WebFilter(
    filterName = "pluginRoutes",
    urlPatterns = "/*",
    dispatcherTypes = DispatcherType.REQUEST)
public class PluginRoutesFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The request attribute holding the named segments of the matched route. */
  static final String VALUES = PluginRoutesFilter.class.getName() + ".values";

  @Inject private transient PluginRouteTable routes;

  @Inject private transient PluginPlatform platform;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<PluginRouteTable.Matched> matched = routes.find(path);
    if (matched.isEmpty()) {
      if (!platform.isRunning()) {
        request.setAttribute(ErrorKind.IF_NOT_FOUND, ErrorKind.DATABASE_UNAVAILABLE);
      }
      chain.doFilter(request, response);
      return;
    }
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      response.setHeader("Allow", "GET, HEAD");
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    request.setAttribute(VALUES, matched.get().values());
    request.getRequestDispatcher(matched.get().page().path()).forward(request, response);
  }

  /** The named segments of the route this request came in by; empty for any other request. */
  static Map<String, String> routeValues(HttpServletRequest request) {
    return request.getAttribute(VALUES) instanceof Map<?, ?> values
        ? values.entrySet().stream()
            .filter(e -> e.getKey() instanceof String && e.getValue() instanceof String)
            .collect(
                java.util.stream.Collectors.toMap(
                    e -> (String) e.getKey(), e -> (String) e.getValue()))
        : Map.of();
  }
}
