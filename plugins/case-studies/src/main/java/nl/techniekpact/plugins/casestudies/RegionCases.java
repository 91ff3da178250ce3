package nl.techniekpact.plugins.casestudies;

import nl.techniekpact.plugin.api.CaseQuery;
import nl.techniekpact.plugin.api.PageSlot;
import nl.techniekpact.plugin.api.PluginContext;
import org.pf4j.Extension;

/** The cases of a landsdeel, on the region's page, with a link to all of them in the index. */
@Extension
public class RegionCases extends LinkedCases {

  /** How many cases a region page lists; the index pages through the rest. */
  static final int ON_REGION_PAGE = 20;

  /** Reads cases through the context. */
  public RegionCases(PluginContext context) {
    super(
        context,
        new Listing(
            PageSlot.REGION,
            "region",
            CaseQuery::inRegion,
            ON_REGION_PAGE,
            "region-cases-heading",
            new String[] {"Cases in dit landsdeel", "Cases in this region"},
            new String[] {
              "Er zijn nog geen cases in dit landsdeel.", "There are no cases in this region yet."
            }));
  }
}
