package nl.techniekpact.model.catalogue;

import java.util.List;
import nl.techniekpact.model.region.Contact;
import nl.techniekpact.model.region.Province;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.PublicationState;
import nl.techniekpact.model.shared.Require;
import nl.techniekpact.model.shared.Slug;

/**
 * A region (landsdeel) in a {@link Catalogue}.
 *
 * @param slug its slug
 * @param name its name
 * @param provinces the provinces it covers
 * @param ambitions its ambitions, or {@code null}
 * @param contact who to contact, or {@code null}
 * @param needsConfirmation whether an editor still has to confirm it (a placeholder)
 * @param publication its publication state
 * @since 0.1.0
 */
public record RegionEntry(
    Slug slug,
    String name,
    List<Province> provinces,
    LocalizedText ambitions,
    Contact contact,
    boolean needsConfirmation,
    PublicationState publication) {

  public RegionEntry {
    Require.present("slug", slug);
    Require.present("name", name);
    Require.present("publication", publication);
    provinces = provinces == null ? List.of() : List.copyOf(provinces);
  }
}
