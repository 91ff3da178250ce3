package nl.techniekpact.plugins.ambassadors;

import java.util.List;
import java.util.Locale;
import nl.techniekpact.plugin.api.PluginContext;
import nl.techniekpact.plugin.api.PublicPage;
import nl.techniekpact.plugin.api.PublicPageRequest;
import org.pf4j.Extension;

/** The index of the aanjager and ambassadors at {@code /ambassadeurs}. */
@Extension
public class AmbassadorIndexPage implements PublicPage {

  private final PluginContext context;

  /** Reads ambassadors through the context. */
  public AmbassadorIndexPage(PluginContext context) {
    this.context = context;
  }

  @Override
  public String id() {
    return "ambassadors";
  }

  @Override
  public List<String> routes() {
    return List.of("/ambassadeurs");
  }

  @Override
  public List<String> sitemap() {
    return List.of("/ambassadeurs");
  }

  @Override
  public String title(Locale locale) {
    return Texts.pick(locale, "Aanjager & Ambassadeurs", "Champion & Ambassadors");
  }

  @Override
  public String menuLabel(Locale locale) {
    return Texts.pick(locale, "Ambassadeurs", "Ambassadors");
  }

  @Override
  public int menuPosition() {
    return 30;
  }

  @Override
  public String description(PublicPageRequest request, Object model) {
    return ((Profile) model).t().get("intro");
  }

  @Override
  public Object model(PublicPageRequest request) {
    Locale locale = request.locale();
    return new Profile(
        context.content().publishedAmbassadors().stream()
            .map(a -> ProfilePages.person(a, locale))
            .toList(),
        List.of(),
        ProfilePages.texts(locale));
  }
}
