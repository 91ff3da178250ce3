package nl.techniekpact.model.catalogue;

import nl.techniekpact.model.organisation.OrganisationKind;
import nl.techniekpact.model.shared.Require;
import nl.techniekpact.model.shared.Slug;

/**
 * A partner organisation in a {@link Catalogue}.
 *
 * @param slug its slug
 * @param name its name
 * @param kind bedrijfsleven, onderwijs or overheid
 * @param region the slug of its region, or {@code null}
 * @param website its website, or {@code null}
 * @since 0.1.0
 */
public record OrganisationEntry(
    Slug slug, String name, OrganisationKind kind, Slug region, String website) {

  public OrganisationEntry {
    Require.present("slug", slug);
    Require.present("name", name);
    Require.present("kind", kind);
  }
}
