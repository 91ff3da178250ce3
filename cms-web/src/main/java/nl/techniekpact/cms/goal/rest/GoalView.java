package nl.techniekpact.cms.goal.rest;

import java.util.List;
import nl.techniekpact.cms.rest.TextView;
import nl.techniekpact.model.pact.Goal;

/**
 * A goal as the API shows it.
 *
 * @param number the goal's number within its pact
 * @param title the title, Dutch and (where translated) English
 * @param description the description, if written
 * @param educationLevels the education levels and target groups the goal concerns
 */
public record GoalView(
    int number, TextView title, TextView description, List<String> educationLevels) {

  /** The view of a goal. */
  public static GoalView of(Goal goal) {
    return new GoalView(
        goal.getNumber(),
        TextView.of(goal.getTitle()),
        TextView.of(goal.getDescription()),
        goal.getEducationLevels().stream().map(Enum::name).sorted().toList());
  }
}
