package nl.techniekpact.cms.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table of clean addresses of the host's own pages: the one place to add a host page with a
 * readable URL. {@link SiteRoutesFilter} forwards each address to its Facelet; plugin pages have
 * their own addresses below {@code /p/} ({@code nl.techniekpact.cms.plugin.web}).
 *
 * <pre>{@code
 * // in the view's bean:
 * Optional<String> number = SiteRoutes.parameter(request, "number");
 * }</pre>
 */
public final class SiteRoutes {

  /** The request attribute holding the named segments of the matched route. */
  static final String PARAMETERS = SiteRoutes.class.getName() + ".parameters";

  /** Every clean address of a host page. */
  static final List<SiteRoute> ALL =
      List.of(
          new SiteRoute("/doelen", "/goals.xhtml"),
          new SiteRoute("/doelen/{number}", "/goal.xhtml"),
          new SiteRoute("/zoeken", "/search.xhtml"));

  private SiteRoutes() {}

  /** The route of an address below the context path, with its named segments. */
  static Optional<Matched> find(String path) {
    for (SiteRoute route : ALL) {
      Optional<Map<String, String>> values = route.match(path);
      if (values.isPresent()) {
        return Optional.of(new Matched(route, values.get()));
      }
    }
    return Optional.empty();
  }

  /** Whether a Facelet is only reachable through its clean address. */
  static boolean isRouteView(String path) {
    return ALL.stream().anyMatch(route -> route.view().equals(path));
  }

  /**
   * A named segment of the clean address this request came in by.
   *
   * @param request the request being rendered
   * @param name the name in braces in the route's pattern
   * @return the segment as sent (still URL-encoded), empty when the page was not reached by a route
   */
  public static Optional<String> parameter(HttpServletRequest request, String name) {
    return request.getAttribute(PARAMETERS) instanceof Map<?, ?> values
            && values.get(name) instanceof String value
        ? Optional.of(value)
        : Optional.empty();
  }

  /** A route that matched, with the values of its named segments. */
  record Matched(SiteRoute route, Map<String, String> values) {}
}
