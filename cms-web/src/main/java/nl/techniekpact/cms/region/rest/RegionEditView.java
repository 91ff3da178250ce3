package nl.techniekpact.cms.region.rest;

import java.util.List;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.cms.region.editing.ContactInput;
import nl.techniekpact.cms.region.editing.RegionInput;
import nl.techniekpact.cms.rest.Iso;

/**
 * A region as editors see it over the API: the fields a write sends, plus its state. Its ETag is
 * {@code "v" + version}.
 *
 * @param slug the slug
 * @param name the name
 * @param provinces the Dutch names of its provinces, in display order
 * @param ambitions its ambitions (plain text), if any
 * @param contact who to contact, if known
 * @param needsConfirmation whether its name and provinces still await an editor's confirmation
 * @param version the optimistic version, as in the ETag
 * @param status DRAFT, SCHEDULED, PUBLISHED or ARCHIVED
 * @param publishAt when it was or will be published, if known
 * @param unpublishAt when it stops being visible, if set
 * @param deletedAt when it was deleted (softly; restorable), if it was
 * @param updatedAt when it was last saved
 */
public record RegionEditView(
    String slug,
    String name,
    List<String> provinces,
    TextInput ambitions,
    ContactInput contact,
    boolean needsConfirmation,
    long version,
    String status,
    String publishAt,
    String unpublishAt,
    String deletedAt,
    String updatedAt) {

  /** The view of a document. */
  public static RegionEditView of(ContentDocument<RegionInput> d) {
    RegionInput r = d.content();
    return new RegionEditView(
        r.slug(),
        r.name(),
        r.provinces(),
        r.ambitions(),
        r.contact(),
        r.needsConfirmation(),
        d.version(),
        d.status().name(),
        Iso.instant(d.publishAt()),
        Iso.instant(d.unpublishAt()),
        Iso.instant(d.deletedAt()),
        Iso.instant(d.updatedAt()));
  }
}
