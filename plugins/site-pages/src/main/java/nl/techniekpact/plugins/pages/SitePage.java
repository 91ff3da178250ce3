package nl.techniekpact.plugins.pages;

import java.util.List;
import java.util.Locale;
import nl.techniekpact.plugin.api.PageNotFoundException;
import nl.techniekpact.plugin.api.PluginContext;
import nl.techniekpact.plugin.api.PublicPage;
import nl.techniekpact.plugin.api.PublicPageRequest;
import org.pf4j.Extension;

/**
 * A published page at {@code /pagina/{slug}}: its title, text and the date it was last changed. An
 * unknown or unpublished slug is the site's 404.
 */
@Extension
public class SitePage implements PublicPage {

  private final PluginContext context;

  /** Reads the pages through the context. */
  public SitePage(PluginContext context) {
    this.context = context;
  }

  @Override
  public String id() {
    return "page";
  }

  @Override
  public List<String> routes() {
    return List.of(Pages.PATH + "{slug}");
  }

  @Override
  public List<String> sitemap() {
    return Pages.paths(context.items());
  }

  @Override
  public String title(Locale locale) {
    return "en".equals(locale.getLanguage()) ? "Page" : "Pagina";
  }

  @Override
  public String title(PublicPageRequest request, Object model) {
    return ((PageView) model).title();
  }

  @Override
  public String description(PublicPageRequest request, Object model) {
    return ((PageView) model).summary();
  }

  @Override
  public Object model(PublicPageRequest request) {
    return Pages.view(context.items(), request.parameter("slug").orElse(""), request.locale())
        .orElseThrow(PageNotFoundException::new);
  }
}
