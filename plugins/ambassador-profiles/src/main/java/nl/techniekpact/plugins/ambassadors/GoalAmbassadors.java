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

/** The ambassadors linked to a goal, on the goal's page after its cases. */
@Extension
public class GoalAmbassadors implements PageFragment {

  private final PluginContext context;

  /** Reads ambassadors through the context. */
  public GoalAmbassadors(PluginContext context) {
    this.context = context;
  }

  @Override
  public String slot() {
    return PageSlot.GOAL;
  }

  @Override
  public int position() {
    return 20;
  }

  @Override
  public String render(FragmentRequest request) {
    Locale locale = request.locale();
    String goal = request.parameter("goal").orElse("");
    List<Ambassador> linked =
        context.content().publishedAmbassadors().stream()
            .filter(a -> a.getGoals().stream().anyMatch(g -> goal.equals("" + g.getNumber())))
            .toList();
    StringBuilder html =
        new StringBuilder(
            "<section class=\"plugin-ambassadors\" aria-labelledby=\"ambassadors-heading\">"
                + "<h2 id=\"ambassadors-heading\">"
                + Texts.pick(locale, "Ambassadeurs bij dit doel", "Ambassadors for this goal")
                + "</h2>");
    if (linked.isEmpty()) {
      html.append("<p class=\"empty\">")
          .append(
              Html.escape(
                  Texts.pick(
                      locale,
                      "Er zijn nog geen ambassadeurs bij dit doel.",
                      "There are no ambassadors for this goal yet.")))
          .append("</p>");
    } else {
      html.append(AmbassadorCards.list(linked, locale));
    }
    return html.append("</section>").toString();
  }
}
