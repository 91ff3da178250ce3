package nl.techniekpact.cms.plugin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.techniekpact.cms.plugin.host.ActivePlugin;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import nl.techniekpact.cms.site.SiteRoute;

/**
 * The clean addresses the running plugins' pages claim, looked up on each request; the routes are
 * built once for each state of the registry (it changes as plugins come and go). Host pages ask it,
 * as {@code #{pluginRoutes}}, whether to link to a plugin's page:
 *
 * <pre>{@code
 * <a href="..." rendered="#{pluginRoutes.serves('/regio/noord-nederland')}">…</a>
 * }</pre>
 */
@Named("pluginRoutes")
@ApplicationScoped
public class PluginRouteTable {

  @Inject private PluginPlatform platform;

  /** Whether a running plugin answers at a path below the context path. */
  public boolean serves(String path) {
    return find(path).isPresent();
  }

  /** The running plugin page whose route matches a path, with the route's named segments. */
  Optional<Matched> find(String path) {
    if (path == null || path.length() < 2 || path.startsWith(PluginAddress.PREFIX)) {
      return Optional.empty();
    }
    for (Compiled route : table().routes()) {
      Optional<Map<String, String>> values = route.route().match(path);
      if (values.isPresent()) {
        return Optional.of(new Matched(route.page(), values.get()));
      }
    }
    return Optional.empty();
  }

  /** The routes of the running plugins, built again only after the registry changed. */
  private Table table() {
    Map<String, ActivePlugin> running = platform.registry().snapshot();
    Table known = table;
    if (known != null && known.running() == running) {
      return known;
    }
    List<Compiled> routes = new ArrayList<>();
    for (ActivePlugin plugin : running.values()) {
      for (ActivePlugin.PageRoute route : plugin.routes()) {
        PluginAddress.VersionedPage page =
            new PluginAddress.VersionedPage(plugin.id(), plugin.version(), route.pageId());
        routes.add(new Compiled(new SiteRoute(route.pattern(), page.path()), page));
      }
    }
    Table built = new Table(running, List.copyOf(routes));
    table = built;
    return built;
  }

  private volatile Table table;

  /** The routes derived from one state of the registry, in the order they are tried. */
  private record Table(Map<String, ActivePlugin> running, List<Compiled> routes) {}

  private record Compiled(SiteRoute route, PluginAddress.VersionedPage page) {}

  /**
   * A route that matched.
   *
   * @param page the page that answers
   * @param values the named segments, as sent
   */
  record Matched(PluginAddress.VersionedPage page, Map<String, String> values) {}
}
