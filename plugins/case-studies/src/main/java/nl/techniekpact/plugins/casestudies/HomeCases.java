package nl.techniekpact.plugins.casestudies;

import java.util.Locale;
import nl.techniekpact.plugin.api.CaseQuery;
import nl.techniekpact.plugin.api.CaseResults;
import nl.techniekpact.plugin.api.FragmentRequest;
import nl.techniekpact.plugin.api.PageFragment;
import nl.techniekpact.plugin.api.PageSlot;
import nl.techniekpact.plugin.api.PluginContext;
import org.pf4j.Extension;

/** The cases on the home page: the first {@value #ON_HOME}, numbered, and a link to the index. */
@Extension
public class HomeCases implements PageFragment {

  /** How many cases the home page shows. */
  static final int ON_HOME = 9;

  private final PluginContext context;

  /** Reads cases through the context. */
  public HomeCases(PluginContext context) {
    this.context = context;
  }

  @Override
  public String slot() {
    return PageSlot.HOME;
  }

  @Override
  public int position() {
    return 20;
  }

  @Override
  public String render(FragmentRequest request) {
    Locale locale = request.locale();
    CaseResults cases = context.content().publishedCases(CaseQuery.all().page(1, ON_HOME));
    if (cases.cases().isEmpty()) {
      return "";
    }
    return "<section class=\"plugin-cases\" aria-labelledby=\"cases-heading\">"
        + "<h2 id=\"cases-heading\">Cases</h2>"
        + CaseCards.list(cases.cases(), locale, true)
        + CaseCards.allCasesLink(locale, "")
        + "</section>";
  }
}
