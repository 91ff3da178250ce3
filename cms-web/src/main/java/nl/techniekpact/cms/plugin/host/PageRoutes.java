package nl.techniekpact.cms.plugin.host;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.techniekpact.cms.plugin.host.PluginRefusedException.Reason;
import nl.techniekpact.plugin.api.PublicPage;

/**
 * Checks the clean addresses plugin pages claim ({@link PublicPage#routes()}): well formed, the
 * first segment a literal that is neither the host's nor another running plugin's.
 */
final class PageRoutes {

  /** Lower-case literal segments or one name in braces per segment. */
  static final Pattern PATTERN =
      Pattern.compile("(/([a-z0-9][a-z0-9-]{0,62}|\\{[a-z][a-zA-Z0-9]{0,30}\\}))+");

  /** First segments the host uses or keeps for itself. */
  static final Set<String> RESERVED =
      Set.of(
          "api",
          "p",
          "beheer",
          "doelen",
          "zoeken",
          "media",
          "health",
          "openapi",
          "resources",
          "login",
          "logout",
          "it-fixtures",
          "static",
          "feed");

  private PageRoutes() {}

  /**
   * The routes of a plugin's pages, checked.
   *
   * @throws PluginRefusedException when one is malformed, reserved or taken
   */
  static List<ActivePlugin.PageRoute> claimed(
      String label, String pluginId, List<PublicPage> pages, PluginRegistry registry) {
    Set<String> taken = new HashSet<>();
    for (ActivePlugin other : registry.all()) {
      if (!other.id().equals(pluginId)) {
        other.routes().forEach(route -> taken.add(firstSegment(route.pattern())));
      }
    }
    List<ActivePlugin.PageRoute> routes = new ArrayList<>();
    Set<String> mine = new HashSet<>();
    for (PublicPage page : pages) {
      List<String> patterns = page.routes();
      for (String pattern : patterns == null ? List.<String>of() : patterns) {
        if (pattern == null || !PATTERN.matcher(pattern).matches()) {
          throw refused(
              label,
              "route \""
                  + pattern
                  + "\" of page "
                  + page.id()
                  + " is malformed;"
                  + " use lower-case segments and {name} segments, such as /cases/{slug}");
        }
        String first = firstSegment(pattern);
        if (first.startsWith("{")) {
          throw refused(label, "route " + pattern + " must start with a literal segment");
        }
        if (RESERVED.contains(first)) {
          throw refused(label, "route " + pattern + ": /" + first + " belongs to the CMS");
        }
        if (taken.contains(first)) {
          throw refused(label, "route " + pattern + ": /" + first + " is another plugin's");
        }
        if (!mine.add(pattern.replaceAll("\\{[^}]*\\}", "{}"))) {
          throw refused(label, "route " + pattern + " is claimed twice");
        }
        routes.add(new ActivePlugin.PageRoute(pattern, page.id()));
      }
    }
    return List.copyOf(routes);
  }

  private static String firstSegment(String pattern) {
    int slash = pattern.indexOf('/', 1);
    return slash < 0 ? pattern.substring(1) : pattern.substring(1, slash);
  }

  private static PluginRefusedException refused(String label, String why) {
    return new PluginRefusedException(Reason.INVALID_EXTENSION, "Plugin " + label + ": " + why);
  }
}
