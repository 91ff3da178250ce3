package nl.techniekpact.cms.ambassador.rest;

import java.util.List;
import nl.techniekpact.cms.ambassador.editing.AmbassadorInput;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.ImageInput;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.cms.rest.Iso;

/**
 * An ambassador as editors see it over the API: the fields a write sends, plus its state. Its ETag
 * is {@code "v" + version}.
 *
 * @param slug the slug
 * @param name the name
 * @param role AANJAGER or AMBASSADEUR
 * @param teaser the teaser (plain text)
 * @param profile the profile (plain text), if any
 * @param photo the photo, if any
 * @param goals the numbers of their goals
 * @param region the slug of their region, or absent for a national ambassador
 * @param version the optimistic version, as in the ETag
 * @param status DRAFT, SCHEDULED, PUBLISHED or ARCHIVED
 * @param publishAt when it was or will be published, if known
 * @param unpublishAt when it stops being visible, if set
 * @param deletedAt when it was deleted (softly; restorable), if it was
 * @param updatedAt when it was last saved
 */
public record AmbassadorEditView(
    String slug,
    String name,
    String role,
    TextInput teaser,
    TextInput profile,
    ImageInput photo,
    List<Integer> goals,
    String region,
    long version,
    String status,
    String publishAt,
    String unpublishAt,
    String deletedAt,
    String updatedAt) {

  /** The view of a document. */
  public static AmbassadorEditView of(ContentDocument<AmbassadorInput> d) {
    AmbassadorInput a = d.content();
    return new AmbassadorEditView(
        a.slug(),
        a.name(),
        a.role(),
        a.teaser(),
        a.profile(),
        a.photo(),
        a.goals(),
        a.region(),
        d.version(),
        d.status().name(),
        Iso.instant(d.publishAt()),
        Iso.instant(d.unpublishAt()),
        Iso.instant(d.deletedAt()),
        Iso.instant(d.updatedAt()));
  }
}
