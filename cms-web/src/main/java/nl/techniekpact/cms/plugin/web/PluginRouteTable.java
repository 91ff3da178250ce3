package nl.techniekpact.cms.plugin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import nl.techniekpact.cms.plugin.host.ActivePlugin;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import nl.techniekpact.cms.site.SiteRoute;

/**
 * The clean addresses the running plugins' pages claim, looked up on each request (the registry
 * changes as plugins come and go). Host pages ask it, as {@code #{pluginRoutes}}, whether to link
 * to a plugin's page:
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
    for (ActivePlugin plugin : platform.registry().all()) {
      for (ActivePlugin.PageRoute route : plugin.routes()) {
        PluginAddress.VersionedPage page =
            new PluginAddress.VersionedPage(plugin.id(), plugin.version(), route.pageId());
        Optional<Map<String, String>> values =
            new SiteRoute(route.pattern(), page.path()).match(path);
        if (values.isPresent()) {
          return Optional.of(new Matched(page, values.get()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A route that matched.
   *
   * @param page the page that answers
   * @param values the named segments, as sent
   */
  record Matched(PluginAddress.VersionedPage page, Map<String, String> values) {}
}
