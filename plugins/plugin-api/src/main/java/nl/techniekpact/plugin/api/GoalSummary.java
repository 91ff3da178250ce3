package nl.techniekpact.plugin.api;

import java.util.Objects;
import nl.techniekpact.model.shared.LocalizedText;

/**
 * A goal of the current pact edition as lists and filters show it: a plain, immutable value, not an
 * entity. The host may keep these across requests and hand the same ones to every caller (see
 * {@link ContentQueries#currentGoalSummaries()}).
 *
 * <pre>{@code
 * for (GoalSummary goal : content.currentGoalSummaries()) {
 *   options.add(new Option(goal.number(), "Doel " + goal.number() + ": " + goal.title().in(locale)));
 * }
 * }</pre>
 *
 * @param number the goal's number in its pact, from 1
 * @param title its title in Dutch and maybe English ({@link LocalizedText} is immutable)
 * @since 0.4.0
 */
public record GoalSummary(int number, LocalizedText title) {

  /** Checks the parts. */
  public GoalSummary {
    Objects.requireNonNull(title, "title");
  }
}
