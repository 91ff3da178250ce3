package nl.techniekpact.cms.ambassador.rest;

import java.util.List;
import nl.techniekpact.cms.rest.ImageView;
import nl.techniekpact.cms.rest.TextView;
import nl.techniekpact.model.ambassador.Ambassador;
import nl.techniekpact.model.pact.Goal;

/**
 * The aanjager or an ambassadeur as the API shows them.
 *
 * @param slug the slug, as in {@code /api/v1/ambassadors/{slug}}
 * @param name the person's name
 * @param role {@code AANJAGER} or {@code AMBASSADEUR}
 * @param teaser the short text for the home page
 * @param profile the full profile, if written
 * @param photo the photo, if any
 * @param goals the numbers of the goals they stand for, as in {@code /api/v1/goals/{number}}
 * @param region the slug of their landsdeel, or absent for a national ambassador
 */
public record AmbassadorView(
    String slug,
    String name,
    String role,
    TextView teaser,
    TextView profile,
    ImageView photo,
    List<Integer> goals,
    String region) {

  /** The view of an ambassador. */
  public static AmbassadorView of(Ambassador ambassador) {
    return new AmbassadorView(
        ambassador.getSlug().getValue(),
        ambassador.getName(),
        ambassador.getRole().name(),
        TextView.of(ambassador.getTeaser()),
        TextView.of(ambassador.getProfile()),
        ImageView.of(ambassador.getPhoto()),
        ambassador.getGoals().stream().map(Goal::getNumber).toList(),
        ambassador.getRegion().map(r -> r.getSlug().getValue()).orElse(null));
  }
}
