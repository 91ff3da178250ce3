package nl.techniekpact.model.catalogue;

import java.util.Set;
import nl.techniekpact.model.ambassador.AmbassadorRole;
import nl.techniekpact.model.shared.ImageReference;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.PublicationState;
import nl.techniekpact.model.shared.Require;
import nl.techniekpact.model.shared.Slug;

/**
 * The aanjager or an ambassadeur in a {@link Catalogue}.
 *
 * @param slug the slug
 * @param name the person's name
 * @param role aanjager or ambassadeur
 * @param teaser the short text for the home page
 * @param profile the full profile, or {@code null}
 * @param photo the photo, or {@code null}
 * @param goals the goals they stand for
 * @param publication the publication state
 * @param region the landsdeel the ambassador belongs to, or {@code null} for a national one (since
 *     0.4.0)
 * @since 0.1.0
 */
public record AmbassadorEntry(
    Slug slug,
    String name,
    AmbassadorRole role,
    LocalizedText teaser,
    LocalizedText profile,
    ImageReference photo,
    Set<GoalReference> goals,
    PublicationState publication,
    Slug region) {

  public AmbassadorEntry {
    Require.present("slug", slug);
    Require.present("name", name);
    Require.present("role", role);
    Require.present("teaser", teaser);
    Require.present("publication", publication);
    goals = goals == null ? Set.of() : Set.copyOf(goals);
  }

  /**
   * A national ambassador: an entry without a region, as entries were before 0.4.0.
   *
   * @since 0.1.0
   */
  public AmbassadorEntry(
      Slug slug,
      String name,
      AmbassadorRole role,
      LocalizedText teaser,
      LocalizedText profile,
      ImageReference photo,
      Set<GoalReference> goals,
      PublicationState publication) {
    this(slug, name, role, teaser, profile, photo, goals, publication, null);
  }

  /**
   * The landsdeel the ambassador belongs to.
   *
   * @return its slug, or {@code null} for a national ambassador
   * @since 0.4.0
   */
  @Override
  public Slug region() {
    return region;
  }
}
