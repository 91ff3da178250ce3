package nl.techniekpact.plugins.casestudies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.techniekpact.model.casestudy.CaseStudySummary;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.plugin.api.CaseQuery;
import nl.techniekpact.plugin.api.CaseSummaries;
import nl.techniekpact.plugin.api.GoalSummary;
import nl.techniekpact.plugin.api.PageNotFoundException;
import nl.techniekpact.plugin.api.PluginContext;
import nl.techniekpact.plugin.api.PublicPage;
import nl.techniekpact.plugin.api.PublicPageRequest;
import nl.techniekpact.plugin.api.RegionSummary;
import org.pf4j.Extension;

/**
 * The case index at {@code /cases}: every published case, {@value #PAGE_SIZE} a page, filterable by
 * landsdeel ({@code region=zuid-nederland}), goal ({@code goal=9}) and education level ({@code
 * level=mbo}). A filter value that names nothing, or a page beyond the last, is the site's 404.
 */
@Extension
public class CaseIndexPage implements PublicPage {

  /** Cases per page. */
  static final int PAGE_SIZE = 12;

  private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,3}");

  private final PluginContext context;

  /** Reads cases through the context. */
  public CaseIndexPage(PluginContext context) {
    this.context = context;
  }

  @Override
  public String id() {
    return "cases";
  }

  @Override
  public List<String> routes() {
    return List.of("/cases");
  }

  @Override
  public List<String> sitemap() {
    return List.of("/cases");
  }

  @Override
  public String title(Locale locale) {
    return "Cases";
  }

  @Override
  public String menuLabel(Locale locale) {
    return "Cases";
  }

  @Override
  public int menuPosition() {
    return 40;
  }

  @Override
  public String description(PublicPageRequest request, Object model) {
    return Web.pick(
        request.locale(),
        "Voorbeelden uit het hele land van bedrijven, scholen en overheden die samen werken aan"
            + " techniekonderwijs: te filteren op landsdeel, doel en onderwijsniveau.",
        "Examples from all over the country of companies, schools and governments working together"
            + " on technical education: filter by region, goal and education level.");
  }

  @Override
  public Object model(PublicPageRequest request) {
    Locale locale = request.locale();
    String region = filled(request, "region");
    String goal = filled(request, "goal");
    String level = filled(request, "level");
    String page = filled(request, "page");
    // plain values the host keeps across requests (plugin API 0.4.0)
    List<RegionSummary> regions = context.content().publishedRegionSummaries();
    List<GoalSummary> goals = context.content().currentGoalSummaries();
    if (region != null && regions.stream().noneMatch(r -> r.slug().equals(region))) {
      throw new PageNotFoundException();
    }
    if (goal != null
        && (!NUMBER.matcher(goal).matches()
            || goals.stream().noneMatch(g -> g.number() == Integer.parseInt(goal)))) {
      throw new PageNotFoundException();
    }
    Optional<EducationLevel> atLevel = level == null ? Optional.empty() : Levels.parse(level);
    if (level != null && atLevel.isEmpty()) {
      throw new PageNotFoundException();
    }
    if (page != null && !NUMBER.matcher(page).matches()) {
      throw new PageNotFoundException();
    }
    int number = page == null ? 1 : Integer.parseInt(page);
    // summaries: the page's cases in one query, without bodies and links (plugin API 0.4.0)
    CaseSummaries results =
        context
            .content()
            .publishedCaseSummaries(
                new CaseQuery(
                    region,
                    goal == null ? null : Integer.valueOf(goal),
                    atLevel.orElse(null),
                    number,
                    PAGE_SIZE));
    if (number > results.pages()) {
      throw new PageNotFoundException();
    }
    Map<String, String> filters = new LinkedHashMap<>();
    if (region != null) {
      filters.put("region", region);
    }
    if (goal != null) {
      filters.put("goal", goal);
    }
    atLevel.ifPresent(l -> filters.put("level", Levels.value(l)));
    return new CaseIndex(
        cards(results.cases(), locale),
        results.total(),
        regionOptions(regions, region),
        goalOptions(goals, goal, locale),
        levelOptions(atLevel.orElse(null), locale),
        Web.pick(locale, "Pagina ", "Page ")
            + number
            + Web.pick(locale, " van ", " of ")
            + results.pages(),
        number > 1 ? pageHref(filters, number - 1, locale) : null,
        number < results.pages() ? pageHref(filters, number + 1, locale) : null,
        Web.english(locale),
        texts(locale, results.total()));
  }

  private static String filled(PublicPageRequest request, String name) {
    return request.parameter(name).map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
  }

  private static List<CaseIndex.Card> cards(List<CaseStudySummary> cases, Locale locale) {
    List<CaseIndex.Card> cards = new ArrayList<>();
    for (CaseStudySummary item : cases) {
      cards.add(
          new CaseIndex.Card(
              item.slug(),
              Web.href("/cases/" + item.slug(), locale),
              Web.text(item.title(), locale),
              Web.text(item.subtitle(), locale),
              Web.text(item.summary(), locale),
              item.regionName() == null ? "" : item.regionName()));
    }
    return cards;
  }

  private static List<CaseIndex.Option> regionOptions(
      List<RegionSummary> regions, String selected) {
    return regions.stream()
        .map(r -> new CaseIndex.Option(r.slug(), r.name(), r.slug().equals(selected)))
        .toList();
  }

  private static List<CaseIndex.Option> goalOptions(
      List<GoalSummary> goals, String selected, Locale locale) {
    return goals.stream()
        .map(
            g ->
                new CaseIndex.Option(
                    Integer.toString(g.number()),
                    Web.pick(locale, "Doel ", "Goal ")
                        + g.number()
                        + ": "
                        + Web.text(g.title(), locale),
                    Integer.toString(g.number()).equals(selected)))
        .toList();
  }

  private static List<CaseIndex.Option> levelOptions(EducationLevel selected, Locale locale) {
    List<CaseIndex.Option> options = new ArrayList<>();
    for (EducationLevel level : EducationLevel.values()) {
      options.add(
          new CaseIndex.Option(
              Levels.value(level), Levels.label(level, locale), level == selected));
    }
    return options;
  }

  private static String pageHref(Map<String, String> filters, int page, Locale locale) {
    StringBuilder query = new StringBuilder();
    filters.forEach(
        (name, value) ->
            query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value));
    query.append(query.isEmpty() ? "?" : "&").append("page=").append(page);
    return Web.href("/cases" + query, locale);
  }

  private static Map<String, String> texts(Locale locale, long total) {
    Map<String, String> t = new LinkedHashMap<>();
    t.put(
        "intro",
        Web.pick(
            locale,
            "Zo werken bedrijven, scholen en overheden samen aan techniekonderwijs.",
            "How companies, schools and governments work together on technical education."));
    t.put("filters", Web.pick(locale, "Cases filteren", "Filter cases"));
    t.put("region", Web.pick(locale, "Landsdeel", "Region"));
    t.put("goal", Web.pick(locale, "Doel", "Goal"));
    t.put("level", Web.pick(locale, "Onderwijsniveau", "Education level"));
    t.put("any", Web.pick(locale, "Alle", "All"));
    t.put("apply", Web.pick(locale, "Toon cases", "Show cases"));
    t.put("reset", Web.pick(locale, "Alle cases", "All cases"));
    t.put("found", total + (total == 1 ? " case" : " cases"));
    t.put(
        "none",
        Web.pick(locale, "Geen cases gevonden bij deze filters.", "No cases match these filters."));
    t.put("pages", Web.pick(locale, "Pagina's", "Pages"));
    t.put("previous", Web.pick(locale, "Vorige pagina", "Previous page"));
    t.put("next", Web.pick(locale, "Volgende pagina", "Next page"));
    t.put("feed", Web.pick(locale, "Nieuwe cases (Atom-feed)", "New cases (Atom feed)"));
    t.put("reset-href", Web.href("/cases", locale));
    return t;
  }
}
