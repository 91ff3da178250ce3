package nl.techniekpact.plugins.ambassadors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.techniekpact.model.ambassador.Ambassador;
import nl.techniekpact.plugin.api.Contribution;
import nl.techniekpact.plugin.api.PageNotFoundException;
import nl.techniekpact.plugin.api.PluginContext;
import nl.techniekpact.plugin.api.PublicPage;
import nl.techniekpact.plugin.api.PublicPageRequest;
import org.pf4j.Extension;

/**
 * An ambassador's profile at {@code /ambassadeurs/{slug}}, with the blocks partner plugins add
 * ({@link ProfileBlock}). An unknown or unpublished slug is the site's 404.
 */
@Extension
public class AmbassadorProfilePage implements PublicPage {

  private final PluginContext context;

  /** Reads ambassadors through the context. */
  public AmbassadorProfilePage(PluginContext context) {
    this.context = context;
  }

  @Override
  public String id() {
    return "profile";
  }

  @Override
  public List<String> routes() {
    return List.of("/ambassadeurs/{slug}");
  }

  @Override
  public List<String> sitemap() {
    return context.content().publishedAmbassadors().stream().map(Texts::profile).toList();
  }

  @Override
  public String title(Locale locale) {
    return Texts.pick(locale, "Ambassadeur", "Ambassador");
  }

  @Override
  public String title(PublicPageRequest request, Object model) {
    return ((Profile) model).person().name();
  }

  @Override
  public String description(PublicPageRequest request, Object model) {
    return ((Profile) model).person().teaser();
  }

  @Override
  public Object model(PublicPageRequest request) {
    Locale locale = request.locale();
    String slug = request.parameter("slug").orElseThrow(PageNotFoundException::new);
    Ambassador found =
        context.content().publishedAmbassador(slug).orElseThrow(PageNotFoundException::new);
    List<String> blocks = new ArrayList<>();
    for (Contribution<String> block :
        context.contributions(ProfileBlock.class, b -> b.html(slug, locale))) {
      if (!block.failed() && block.value() != null && !block.value().isBlank()) {
        blocks.add(block.value());
      }
    }
    return new Profile(
        List.of(ProfilePages.person(found, locale)),
        List.copyOf(blocks),
        ProfilePages.texts(locale));
  }
}
