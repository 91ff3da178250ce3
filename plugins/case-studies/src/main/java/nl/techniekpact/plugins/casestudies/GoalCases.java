package nl.techniekpact.plugins.casestudies;

import java.util.Locale;
import nl.techniekpact.plugin.api.CaseQuery;
import nl.techniekpact.plugin.api.CaseResults;
import nl.techniekpact.plugin.api.FragmentRequest;
import nl.techniekpact.plugin.api.PageFragment;
import nl.techniekpact.plugin.api.PageSlot;
import nl.techniekpact.plugin.api.PluginContext;
import org.pf4j.Extension;

/** The cases linked to a goal, on the goal's page, with a link to all of them in the index. */
@Extension
public class GoalCases implements PageFragment {

  /** How many cases a goal page lists; the index pages through the rest. */
  static final int ON_GOAL_PAGE = 50;

  private final PluginContext context;

  /** Reads cases through the context. */
  public GoalCases(PluginContext context) {
    this.context = context;
  }

  @Override
  public String slot() {
    return PageSlot.GOAL;
  }

  @Override
  public int position() {
    return 10;
  }

  @Override
  public String render(FragmentRequest request) {
    Locale locale = request.locale();
    Integer goal = request.parameter("goal").map(Integer::valueOf).orElse(null);
    if (goal == null) {
      return "";
    }
    CaseResults cases =
        context.content().publishedCases(CaseQuery.all().forGoal(goal).page(1, ON_GOAL_PAGE));
    String more =
        cases.total() > cases.cases().size()
            ? CaseCards.allCasesLink(locale, "?goal=" + goal)
            : null;
    return CaseCards.section(
        "cases-heading",
        Web.pick(locale, "Cases bij dit doel", "Cases for this goal"),
        Web.pick(
            locale,
            "Er zijn nog geen cases bij dit doel.",
            "There are no cases for this goal yet."),
        cases.cases(),
        locale,
        more);
  }
}
