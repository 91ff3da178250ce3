package nl.techniekpact.cms.pact.rest;

import java.time.LocalDate;
import java.util.List;
import nl.techniekpact.cms.goal.rest.GoalView;
import nl.techniekpact.cms.rest.TextView;
import nl.techniekpact.model.pact.Pact;

/**
 * A pact edition as the API shows it.
 *
 * @param slug the slug, as in {@code /api/v1/pacts/{slug}}
 * @param name the name, such as {@code Techniekpact}
 * @param signedOn the date of signing (ISO 8601, {@code 2013-05-13}), absent when not signed
 * @param current whether this is the current edition, the one whose goals {@code /api/v1/goals}
 *     lists
 * @param description what the pact is about
 * @param regionsIntroduction the text introducing the landsdelen, if written
 * @param goals its goals by number; only in the view of one edition, not in the list
 */
public record PactView(
    String slug,
    String name,
    String signedOn,
    boolean current,
    TextView description,
    TextView regionsIntroduction,
    List<GoalView> goals) {

  /** The view of an edition in the list: without its goals. */
  public static PactView inList(Pact pact, boolean current) {
    return new PactView(
        pact.getSlug().getValue(),
        pact.getName(),
        pact.getSignedOn().map(LocalDate::toString).orElse(null),
        current,
        TextView.of(pact.getDescription()),
        TextView.of(pact.getRegionsIntroduction()),
        null);
  }

  /** The full view of one edition, with its goals. */
  public static PactView of(Pact pact, boolean current, List<GoalView> goals) {
    PactView listed = inList(pact, current);
    return new PactView(
        listed.slug,
        listed.name,
        listed.signedOn,
        listed.current,
        listed.description,
        listed.regionsIntroduction,
        List.copyOf(goals));
  }
}
