package nl.techniekpact.cms.organisation.rest;

import nl.techniekpact.cms.organisation.editing.OrganisationInput;
import nl.techniekpact.cms.publishing.EditedItem;
import nl.techniekpact.cms.rest.Iso;

/**
 * An organisation as editors see it over the API: the fields a write sends (the shape of {@link
 * OrganisationView}) plus its version (the ETag is {@code "v" + version}) and last save.
 *
 * @param slug the slug
 * @param name the name
 * @param kind BEDRIJFSLEVEN, ONDERWIJS or OVERHEID
 * @param region the slug of its region, or absent for a national organisation
 * @param website its website, if known
 * @param version the optimistic version, as in the ETag
 * @param updatedAt when it was last saved
 * @param deletedAt when it was deleted (softly; restorable), if it was
 */
public record OrganisationEditView(
    String slug,
    String name,
    String kind,
    String region,
    String website,
    long version,
    String updatedAt,
    String deletedAt) {

  /** The view of an edited organisation. */
  public static OrganisationEditView of(EditedItem<OrganisationInput> item) {
    OrganisationInput o = item.content();
    return new OrganisationEditView(
        o.slug(),
        o.name(),
        o.kind(),
        o.region(),
        o.website(),
        item.version(),
        Iso.instant(item.updatedAt()),
        Iso.instant(item.deletedAt()));
  }
}
