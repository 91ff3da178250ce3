package nl.techniekpact.plugins.casestudies;

import nl.techniekpact.plugin.api.PageSlot;
import nl.techniekpact.plugin.api.PluginContext;
import org.pf4j.Extension;

/** The cases linked to a goal, on the goal's page, with a link to all of them in the index. */
@Extension
public class GoalCases extends LinkedCases {

  /** How many cases a goal page lists; the index pages through the rest. */
  static final int ON_GOAL_PAGE = 50;

  /** Reads cases through the context. */
  public GoalCases(PluginContext context) {
    super(
        context,
        new Listing(
            PageSlot.GOAL,
            "goal",
            (query, goal) -> query.forGoal(Integer.valueOf(goal)),
            ON_GOAL_PAGE,
            "cases-heading",
            new String[] {"Cases bij dit doel", "Cases for this goal"},
            new String[] {
              "Er zijn nog geen cases bij dit doel.", "There are no cases for this goal yet."
            }));
  }
}
