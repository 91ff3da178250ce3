package nl.techniekpact.plugins.regions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.techniekpact.model.region.Contact;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.plugin.api.Contribution;
import nl.techniekpact.plugin.api.PageNotFoundException;
import nl.techniekpact.plugin.api.PluginContext;
import nl.techniekpact.plugin.api.PublicPage;
import nl.techniekpact.plugin.api.PublicPageRequest;
import org.pf4j.Extension;

/**
 * The page of a landsdeel at {@code /regio/{slug}}: its ambitions, the region slot's sections (the
 * cases, from the case-studies plugin), its partners and contact, and the sections partner plugins
 * add ({@link RegionSection}). An unknown or unpublished slug is the site's 404.
 */
@Extension
public class RegionPage implements PublicPage {

  private final PluginContext context;

  /** Reads regions through the context. */
  public RegionPage(PluginContext context) {
    this.context = context;
  }

  @Override
  public String id() {
    return "region";
  }

  @Override
  public List<String> routes() {
    return List.of("/regio/{slug}");
  }

  @Override
  public List<String> sitemap() {
    return context.content().publishedRegions().stream().map(r -> "/regio/" + r.getSlug()).toList();
  }

  @Override
  public String title(Locale locale) {
    return Regions.pick(locale, "Landsdeel", "Region");
  }

  @Override
  public String title(PublicPageRequest request, Object model) {
    return ((RegionView) model).region().name();
  }

  @Override
  public String description(PublicPageRequest request, Object model) {
    RegionView.Item region = ((RegionView) model).region();
    return region.ambitions().isBlank()
        ? Regions.pick(
                request.locale(),
                "Het Techniekpact in landsdeel ",
                "The Techniekpact in the region of ")
            + region.name()
            + " ("
            + region.provinces()
            + ")."
        : region.ambitions();
  }

  @Override
  public Object model(PublicPageRequest request) {
    Locale locale = request.locale();
    String slug = request.parameter("slug").orElseThrow(PageNotFoundException::new);
    Region region = context.content().publishedRegion(slug).orElseThrow(PageNotFoundException::new);
    List<String> sections = new ArrayList<>();
    for (Contribution<String> section :
        context.contributions(RegionSection.class, s -> s.html(slug, locale))) {
      if (section.failed()) {
        sections.add(null);
      } else if (section.value() != null && !section.value().isBlank()) {
        sections.add(section.value());
      }
    }
    Contact contact = context.content().regionContact(slug).orElse(null);
    return new RegionView(
        List.of(Regions.item(region, locale)),
        "",
        context.content().organisationsIn(slug).stream()
            .map(o -> new RegionView.Partner(o.getName(), o.getWebsite()))
            .toList(),
        contact == null
            ? null
            : new RegionView.ContactView(
                blankless(contact.getName()),
                blankless(contact.getEmail()),
                blankless(contact.getPhone())),
        java.util.Collections.unmodifiableList(sections),
        Regions.texts(locale));
  }

  private static String blankless(String text) {
    return text == null ? "" : text;
  }
}
