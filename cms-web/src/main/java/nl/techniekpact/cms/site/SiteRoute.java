package nl.techniekpact.cms.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One clean address of a host page and the Facelet that renders it, for example {@code
 * /doelen/{number}} rendered by {@code /goal.xhtml}. A segment in braces matches any one non-empty
 * path segment and is handed to the view by name ({@link SiteRoutes#parameter}); the view decides
 * whether the value names anything (and answers 404 if not).
 *
 * <pre>{@code
 * SiteRoute goal = new SiteRoute("/doelen/{number}", "/goal.xhtml");
 * goal.match("/doelen/9");  // Optional[{number=9}]
 * goal.match("/doelen");    // Optional.empty
 * }</pre>
 *
 * @param pattern the address below the context path, segments separated by {@code /}
 * @param view the Facelet that renders it
 */
public record SiteRoute(String pattern, String view) {

  public SiteRoute {
    if (!pattern.startsWith("/") || !view.startsWith("/") || !view.endsWith(".xhtml")) {
      throw new IllegalArgumentException("Not a route: " + pattern + " -> " + view);
    }
  }

  /** The values of the named segments when the path matches this route. */
  public Optional<Map<String, String>> match(String path) {
    List<String> expected = segments(pattern);
    List<String> actual = segments(path);
    if (expected.size() != actual.size()) {
      return Optional.empty();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < expected.size(); i++) {
      String want = expected.get(i);
      String got = actual.get(i);
      if (want.startsWith("{") && want.endsWith("}")) {
        if (got.isEmpty()) {
          return Optional.empty();
        }
        values.put(want.substring(1, want.length() - 1), got);
      } else if (!want.equals(got)) {
        return Optional.empty();
      }
    }
    return Optional.of(values);
  }

  private static List<String> segments(String path) {
    return List.of(path.substring(1).split("/", -1));
  }
}
