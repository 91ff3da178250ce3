package nl.techniekpact.plugins.casestudies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.organisation.Organisation;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.plugin.api.CaseQuery;
import nl.techniekpact.plugin.api.CaseResults;
import nl.techniekpact.plugin.api.Contribution;
import nl.techniekpact.plugin.api.PageNotFoundException;
import nl.techniekpact.plugin.api.PluginContext;
import nl.techniekpact.plugin.api.PublicPage;
import nl.techniekpact.plugin.api.PublicPageRequest;
import org.pf4j.Extension;

/**
 * The page of one published case at {@code /cases/{slug}}: its story, landsdeel, goals, education
 * levels and partners, and the sections partner plugins add ({@link CaseSection}). An unknown or
 * unpublished slug is the site's 404.
 */
@Extension
public class CaseDetailPage implements PublicPage {

  private final PluginContext context;

  /** Reads cases through the context. */
  public CaseDetailPage(PluginContext context) {
    this.context = context;
  }

  @Override
  public String id() {
    return "case";
  }

  @Override
  public List<String> routes() {
    return List.of("/cases/{slug}");
  }

  @Override
  public List<String> sitemap() {
    List<String> paths = new ArrayList<>();
    CaseResults page =
        context.content().publishedCases(CaseQuery.all().page(1, CaseQuery.MAX_SIZE));
    while (true) {
      page.cases().forEach(c -> paths.add("/cases/" + c.getSlug()));
      if (page.page() >= page.pages()) {
        return paths;
      }
      page =
          context
              .content()
              .publishedCases(CaseQuery.all().page(page.page() + 1, CaseQuery.MAX_SIZE));
    }
  }

  @Override
  public String title(Locale locale) {
    return "Case";
  }

  @Override
  public String title(PublicPageRequest request, Object model) {
    return ((CaseDetail) model).title();
  }

  @Override
  public String description(PublicPageRequest request, Object model) {
    return ((CaseDetail) model).summary();
  }

  @Override
  public Object model(PublicPageRequest request) {
    Locale locale = request.locale();
    String slug = request.parameter("slug").orElseThrow(PageNotFoundException::new);
    CaseStudy found = context.content().publishedCase(slug).orElseThrow(PageNotFoundException::new);
    List<String> sections = new ArrayList<>();
    for (Contribution<String> section :
        context.contributions(CaseSection.class, s -> s.html(slug, locale))) {
      if (!section.failed() && section.value() != null && !section.value().isBlank()) {
        sections.add(section.value());
      }
    }
    return new CaseDetail(
        found.getSlug().toString(),
        Web.text(found.getTitle(), locale),
        Web.text(found.getSubtitle(), locale),
        Web.text(found.getSummary(), locale),
        paragraphs(Web.text(found.getBody(), locale)),
        found
            .getRegion()
            .map(
                r ->
                    new CaseDetail.Link(
                        r.getName(), Web.href("/cases?region=" + r.getSlug(), locale)))
            .orElse(null),
        goals(found.getGoals(), locale),
        found.getEducationLevels().stream()
            .sorted()
            .map((EducationLevel level) -> Levels.label(level, locale))
            .toList(),
        found.getPartners().stream()
            .map((Organisation o) -> new CaseDetail.Link(o.getName(), o.getWebsite()))
            .toList(),
        found.getPhoto() == null
            ? null
            : new CaseDetail.Photo(found.getPhoto().getLocation(), found.getPhoto().getAltText()),
        List.copyOf(sections),
        texts(locale));
  }

  private static List<String> paragraphs(String body) {
    List<String> paragraphs = new ArrayList<>();
    for (String part : body.split("\\n\\s*\\n")) {
      if (!part.isBlank()) {
        paragraphs.add(part.strip());
      }
    }
    return paragraphs;
  }

  private static List<CaseDetail.Link> goals(List<Goal> goals, Locale locale) {
    return goals.stream()
        .map(
            g ->
                new CaseDetail.Link(
                    Web.pick(locale, "Doel ", "Goal ")
                        + g.getNumber()
                        + ": "
                        + Web.text(g.getTitle(), locale),
                    Web.href("/doelen/" + g.getNumber(), locale)))
        .toList();
  }

  private static Map<String, String> texts(Locale locale) {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("home", "Techniekpact");
    t.put("home-href", Web.href("/", locale));
    t.put("cases-href", Web.href("/cases", locale));
    t.put("breadcrumb", Web.pick(locale, "Kruimelpad", "Breadcrumb"));
    t.put("facts", Web.pick(locale, "Over deze case", "About this case"));
    t.put("region", Web.pick(locale, "Landsdeel", "Region"));
    t.put("goals", Web.pick(locale, "Doelen", "Goals"));
    t.put("levels", Web.pick(locale, "Onderwijsniveaus", "Education levels"));
    t.put("partners", Web.pick(locale, "Partners", "Partners"));
    t.put("all", Web.pick(locale, "Alle cases", "All cases"));
    return t;
  }
}
