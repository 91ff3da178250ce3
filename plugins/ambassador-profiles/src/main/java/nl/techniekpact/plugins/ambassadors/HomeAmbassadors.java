package nl.techniekpact.plugins.ambassadors;

import java.util.List;
import java.util.Locale;
import nl.techniekpact.model.ambassador.Ambassador;
import nl.techniekpact.plugin.api.FragmentRequest;
import nl.techniekpact.plugin.api.Html;
import nl.techniekpact.plugin.api.PageFragment;
import nl.techniekpact.plugin.api.PageSlot;
import nl.techniekpact.plugin.api.PluginContext;
import org.pf4j.Extension;

/**
 * The aanjager and ambassadors on the home page, before the cases: at most {@link #CARDS} (the
 * aanjagers come first), then a link to all of them, as the pact's site shows three.
 */
@Extension
public class HomeAmbassadors implements PageFragment {

  /** How many ambassadors the home page shows at most. */
  static final int CARDS = 6;

  private final PluginContext context;

  /** Reads ambassadors through the context. */
  public HomeAmbassadors(PluginContext context) {
    this.context = context;
  }

  @Override
  public String slot() {
    return PageSlot.HOME;
  }

  @Override
  public int position() {
    return 10;
  }

  @Override
  public String render(FragmentRequest request) {
    Locale locale = request.locale();
    List<Ambassador> ambassadors = context.content().publishedAmbassadors();
    if (ambassadors.isEmpty()) {
      return "";
    }
    return "<section class=\"plugin-ambassadors\" aria-labelledby=\"ambassadors-heading\">"
        + "<h2 id=\"ambassadors-heading\">"
        + Html.escape(Texts.pick(locale, "Aanjager & Ambassadeurs", "Champion & Ambassadors"))
        + "</h2>"
        + AmbassadorCards.list(ambassadors.subList(0, Math.min(CARDS, ambassadors.size())), locale)
        + "<p class=\"all\"><a href=\""
        + Html.escape(Html.href("/ambassadeurs", locale))
        + "\">"
        + Texts.pick(locale, "Alle ambassadeurs", "All ambassadors")
        + "</a></p></section>";
  }
}
