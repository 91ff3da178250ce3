package nl.techniekpact.plugins.casestudies;

import java.util.Locale;
import nl.techniekpact.plugin.api.CaseQuery;
import nl.techniekpact.plugin.api.CaseResults;
import nl.techniekpact.plugin.api.FragmentRequest;
import nl.techniekpact.plugin.api.PageFragment;
import nl.techniekpact.plugin.api.PageSlot;
import nl.techniekpact.plugin.api.PluginContext;
import org.pf4j.Extension;

/** The cases of a landsdeel, on the region's page, with a link to all of them in the index. */
@Extension
public class RegionCases implements PageFragment {

  /** How many cases a region page lists; the index pages through the rest. */
  static final int ON_REGION_PAGE = 20;

  private final PluginContext context;

  /** Reads cases through the context. */
  public RegionCases(PluginContext context) {
    this.context = context;
  }

  @Override
  public String slot() {
    return PageSlot.REGION;
  }

  @Override
  public int position() {
    return 10;
  }

  @Override
  public String render(FragmentRequest request) {
    Locale locale = request.locale();
    String region = request.parameter("region").orElse(null);
    if (region == null) {
      return "";
    }
    CaseResults cases =
        context.content().publishedCases(CaseQuery.all().inRegion(region).page(1, ON_REGION_PAGE));
    String more =
        cases.total() > cases.cases().size()
            ? CaseCards.allCasesLink(locale, "?region=" + region)
            : null;
    return CaseCards.section(
        "region-cases-heading",
        Web.pick(locale, "Cases in dit landsdeel", "Cases in this region"),
        Web.pick(
            locale,
            "Er zijn nog geen cases in dit landsdeel.",
            "There are no cases in this region yet."),
        cases.cases(),
        locale,
        more);
  }
}
