package nl.techniekpact.plugins.regions;

import java.util.List;
import java.util.Locale;
import nl.techniekpact.plugin.api.PluginContext;
import nl.techniekpact.plugin.api.PublicPage;
import nl.techniekpact.plugin.api.PublicPageRequest;
import org.pf4j.Extension;

/** The index of the landsdelen at {@code /regio}: each with its provinces, linking to its page. */
@Extension
public class RegionIndexPage implements PublicPage {

  private final PluginContext context;

  /** Reads regions through the context. */
  public RegionIndexPage(PluginContext context) {
    this.context = context;
  }

  @Override
  public String id() {
    return "regions";
  }

  @Override
  public List<String> routes() {
    return List.of("/regio");
  }

  @Override
  public List<String> sitemap() {
    return List.of("/regio");
  }

  @Override
  public String title(Locale locale) {
    return Regions.pick(locale, "Landsdelen", "Regions");
  }

  @Override
  public String menuLabel(Locale locale) {
    return title(locale);
  }

  @Override
  public int menuPosition() {
    return 10;
  }

  @Override
  public String description(PublicPageRequest request, Object model) {
    String introduction = ((RegionView) model).introduction();
    return introduction.isBlank() ? null : introduction;
  }

  @Override
  public Object model(PublicPageRequest request) {
    Locale locale = request.locale();
    return new RegionView(
        context.content().publishedRegions().stream().map(r -> Regions.item(r, locale)).toList(),
        context
            .content()
            .currentPact()
            .map(
                p ->
                    p.getRegionsIntroduction() == null ? "" : p.getRegionsIntroduction().in(locale))
            .orElse(""),
        List.of(),
        null,
        List.of(),
        Regions.texts(locale));
  }
}
