package nl.techniekpact.cms.organisation.rest;

import nl.techniekpact.model.organisation.Organisation;

/**
 * A partner organisation as the API shows it.
 *
 * @param slug the slug, as in {@code /api/v1/organisations/{slug}}
 * @param name the name
 * @param kind {@code BEDRIJFSLEVEN}, {@code ONDERWIJS} or {@code OVERHEID}
 * @param region the slug of its region, if it has one
 * @param website its website, if known
 */
public record OrganisationView(
    String slug, String name, String kind, String region, String website) {

  /** The view of an organisation. */
  public static OrganisationView of(Organisation organisation) {
    return new OrganisationView(
        organisation.getSlug().getValue(),
        organisation.getName(),
        organisation.getKind().name(),
        organisation.getRegion().map(r -> r.getSlug().getValue()).orElse(null),
        organisation.getWebsite());
  }
}
