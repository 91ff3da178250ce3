package nl.techniekpact.cms.casestudy.rest;

import java.util.List;
import nl.techniekpact.cms.casestudy.editing.CaseStudyInput;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.ImageInput;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.cms.rest.Iso;

/**
 * A case as editors see it over the API: the fields a write sends (the same shape as {@link
 * CaseView}), plus its state. Its ETag is {@code "v" + version}.
 *
 * @param slug the slug
 * @param title the title
 * @param subtitle the subtitle or quote, if any
 * @param summary the summary
 * @param body the full story (sanitized HTML), if any
 * @param region the slug of its region, or absent for a national case
 * @param goals the numbers of its goals
 * @param educationLevels its education levels
 * @param partners the slugs of its partner organisations
 * @param photo its photo, if any
 * @param version the optimistic version, as in the ETag
 * @param status DRAFT, SCHEDULED, PUBLISHED or ARCHIVED
 * @param publishAt when it was or will be published, if known
 * @param unpublishAt when it stops being visible, if set
 * @param deletedAt when it was deleted (softly; restorable), if it was
 * @param updatedAt when it was last saved
 */
public record CaseEditView(
    String slug,
    TextInput title,
    TextInput subtitle,
    TextInput summary,
    TextInput body,
    String region,
    List<Integer> goals,
    List<String> educationLevels,
    List<String> partners,
    ImageInput photo,
    long version,
    String status,
    String publishAt,
    String unpublishAt,
    String deletedAt,
    String updatedAt) {

  /** The view of a document. */
  public static CaseEditView of(ContentDocument<CaseStudyInput> d) {
    CaseStudyInput c = d.content();
    return new CaseEditView(
        c.slug(),
        c.title(),
        c.subtitle(),
        c.summary(),
        c.body(),
        c.region(),
        c.goals(),
        c.educationLevels(),
        c.partners(),
        c.photo(),
        d.version(),
        d.status().name(),
        Iso.instant(d.publishAt()),
        Iso.instant(d.unpublishAt()),
        Iso.instant(d.deletedAt()),
        Iso.instant(d.updatedAt()));
  }
}
