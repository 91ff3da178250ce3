package nl.techniekpact.cms.pact.rest;

import nl.techniekpact.cms.pact.editing.PactInput;
import nl.techniekpact.cms.publishing.EditedItem;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.cms.rest.Iso;

/**
 * A pact edition as editors see it over the API: the fields a write sends plus its version (the
 * ETag is {@code "v" + version}) and last save. Its goals and themes are edited one by one.
 *
 * @param slug the slug
 * @param name the name
 * @param signedOn the date of signing, if signed
 * @param description the introduction
 * @param regionsIntroduction the text introducing the regions, if any
 * @param version the optimistic version, as in the ETag
 * @param updatedAt when it was last saved
 * @param deletedAt when it was deleted (softly; restorable), if it was
 */
public record PactEditView(
    String slug,
    String name,
    String signedOn,
    TextInput description,
    TextInput regionsIntroduction,
    long version,
    String updatedAt,
    String deletedAt) {

  /** The view of an edited pact edition. */
  public static PactEditView of(EditedItem<PactInput> item) {
    PactInput p = item.content();
    return new PactEditView(
        p.slug(),
        p.name(),
        p.signedOn(),
        p.description(),
        p.regionsIntroduction(),
        item.version(),
        Iso.instant(item.updatedAt()),
        Iso.instant(item.deletedAt()));
  }
}
