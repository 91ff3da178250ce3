package nl.techniekpact.cms.plugin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.techniekpact.cms.plugin.host.ActivePlugin;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import nl.techniekpact.cms.site.SitemapSource;
import nl.techniekpact.plugin.api.PublicPage;

/**
 * The running plugins' pages in {@code sitemap.xml}: what each page's {@link PublicPage#sitemap()}
 * lists, asked through the invoker (a failing plugin adds nothing). Addresses that are not plain
 * paths are left out.
 */
@ApplicationScoped
public class PluginSitemap implements SitemapSource {

  private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~%-]+)+");

  @Inject private PluginPlatform platform;

  @Override
  public List<String> paths() {
    List<String> paths = new ArrayList<>();
    for (ActivePlugin plugin : platform.registry().all()) {
      for (PublicPage page : plugin.pages()) {
        platform
            .invoker()
            .call(plugin, "sitemap " + page.id(), page::sitemap)
            .ifPresent(
                listed ->
                    listed.stream()
                        .filter(path -> path != null && PATH.matcher(path).matches())
                        .forEach(paths::add));
      }
    }
    return paths;
  }
}
