package nl.techniekpact.cms.casestudy.rest;

import java.util.List;
import nl.techniekpact.cms.rest.EducationLevels;
import nl.techniekpact.cms.rest.ImageView;
import nl.techniekpact.cms.rest.TextView;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.region.Region;

/**
 * A case as the API shows it, linking to what it relates to by slug and number: {@code
 * /api/v1/regions/{region}}, {@code /api/v1/goals/{goal}}, {@code /api/v1/organisations/{partner}}.
 *
 * @param slug the slug, as in {@code /api/v1/cases/{slug}}
 * @param title the title
 * @param subtitle the subtitle or quote, if any
 * @param summary the summary for lists
 * @param body the full story; only in the view of one case, not in lists
 * @param region the slug of its region, or absent for a national case
 * @param goals the numbers of the goals it contributes to
 * @param educationLevels the education levels and target groups it concerns
 * @param partners the slugs of its partner organisations
 * @param photo the photo, if any
 */
public record CaseView(
    String slug,
    TextView title,
    TextView subtitle,
    TextView summary,
    TextView body,
    String region,
    List<Integer> goals,
    List<String> educationLevels,
    List<String> partners,
    ImageView photo) {

  /** The view of a case in a list: everything but the body. */
  public static CaseView inList(CaseStudy c) {
    return new CaseView(
        c.getSlug().getValue(),
        TextView.of(c.getTitle()),
        TextView.of(c.getSubtitle()),
        TextView.of(c.getSummary()),
        null,
        c.getRegion().map(Region::getSlug).map(s -> s.getValue()).orElse(null),
        c.getGoals().stream().map(Goal::getNumber).toList(),
        EducationLevels.names(c.getEducationLevels()),
        c.getPartners().stream().map(o -> o.getSlug().getValue()).toList(),
        ImageView.of(c.getPhoto()));
  }

  /** The full view of one case, with its body. */
  public static CaseView of(CaseStudy c) {
    CaseView listed = inList(c);
    return new CaseView(
        listed.slug,
        listed.title,
        listed.subtitle,
        listed.summary,
        TextView.of(c.getBody()),
        listed.region,
        listed.goals,
        listed.educationLevels,
        listed.partners,
        listed.photo);
  }
}
