package nl.techniekpact.model.catalogue;

import java.util.Set;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.ImageReference;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.PublicationState;
import nl.techniekpact.model.shared.Require;
import nl.techniekpact.model.shared.Slug;

/**
 * A case study (praktijkvoorbeeld) in a {@link Catalogue}.
 *
 * @param slug the slug
 * @param title the title
 * @param subtitle the subtitle or quote, or {@code null}
 * @param summary the summary
 * @param body the full story, or {@code null}
 * @param region the slug of its region, or {@code null} for a national case
 * @param goals the goals it contributes to
 * @param educationLevels the education levels and target groups
 * @param partners the slugs of its partner organisations
 * @param photo the photo, or {@code null}
 * @param publication the publication state
 * @since 0.1.0
 */
public record CaseStudyEntry(
    Slug slug,
    LocalizedText title,
    LocalizedText subtitle,
    LocalizedText summary,
    LocalizedText body,
    Slug region,
    Set<GoalReference> goals,
    Set<EducationLevel> educationLevels,
    Set<Slug> partners,
    ImageReference photo,
    PublicationState publication) {

  public CaseStudyEntry {
    Require.present("slug", slug);
    Require.present("title", title);
    Require.present("summary", summary);
    Require.present("publication", publication);
    goals = goals == null ? Set.of() : Set.copyOf(goals);
    educationLevels = educationLevels == null ? Set.of() : Set.copyOf(educationLevels);
    partners = partners == null ? Set.of() : Set.copyOf(partners);
  }
}
