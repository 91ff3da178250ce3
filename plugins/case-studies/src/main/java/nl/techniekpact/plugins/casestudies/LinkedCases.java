package nl.techniekpact.plugins.casestudies;

import java.util.Locale;
import java.util.function.BiFunction;
import nl.techniekpact.plugin.api.CaseQuery;
import nl.techniekpact.plugin.api.CaseResults;
import nl.techniekpact.plugin.api.FragmentRequest;
import nl.techniekpact.plugin.api.PageFragment;
import nl.techniekpact.plugin.api.PluginContext;

/**
 * The published cases linked to the item a page shows (a goal, a region): up to a limit, with a
 * link to all of them in the index, filtered by the same request parameter. The pages' fragments
 * differ only in the fields set here.
 */
abstract class LinkedCases implements PageFragment {

  /** What differs per page; texts as {Dutch, English}. */
  record Listing(
      String slot,
      String parameter,
      BiFunction<CaseQuery, String, CaseQuery> filter,
      int limit,
      String headingId,
      String[] heading,
      String[] none) {}

  private final PluginContext context;
  private final Listing listing;

  LinkedCases(PluginContext context, Listing listing) {
    this.context = context;
    this.listing = listing;
  }

  @Override
  public String slot() {
    return listing.slot();
  }

  @Override
  public int position() {
    return 10;
  }

  @Override
  public String render(FragmentRequest request) {
    Locale locale = request.locale();
    String value = request.parameter(listing.parameter()).orElse(null);
    if (value == null) {
      return "";
    }
    CaseResults cases =
        context
            .content()
            .publishedCases(
                listing.filter().apply(CaseQuery.all(), value).page(1, listing.limit()));
    String more =
        cases.total() > cases.cases().size()
            ? CaseCards.allCasesLink(locale, "?" + listing.parameter() + "=" + value)
            : null;
    return CaseCards.section(
        listing.headingId(),
        Web.pick(locale, listing.heading()[0], listing.heading()[1]),
        Web.pick(locale, listing.none()[0], listing.none()[1]),
        cases.cases(),
        locale,
        more);
  }
}
