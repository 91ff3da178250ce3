package nl.techniekpact.cms.region.rest;

import java.util.List;
import nl.techniekpact.cms.rest.TextView;
import nl.techniekpact.model.region.Contact;
import nl.techniekpact.model.region.Province;
import nl.techniekpact.model.region.Region;

/**
 * A landsdeel as the API shows it. Its cases are at {@code /api/v1/cases?region={slug}} and its
 * organisations at {@code /api/v1/organisations?region={slug}}.
 *
 * @param slug the slug, as in {@code /api/v1/regions/{slug}}
 * @param name the name, such as {@code Noord-Nederland}
 * @param provinces the names of the provinces it covers
 * @param ambitions its ambitions, if written
 * @param contact who to contact, if known
 */
public record RegionView(
    String slug, String name, List<String> provinces, TextView ambitions, ContactView contact) {

  /** The view of a region. */
  public static RegionView of(Region region) {
    return new RegionView(
        region.getSlug().getValue(),
        region.getName(),
        region.getProvinces().stream().map(Province::getDisplayName).toList(),
        TextView.of(region.getAmbitions()),
        ContactView.of(region.getContact()));
  }

  /**
   * Who to contact in a region.
   *
   * @param name the name
   * @param email the e-mail address, if known
   * @param phone the phone number, if known
   */
  public record ContactView(String name, String email, String phone) {

    static ContactView of(Contact contact) {
      return contact == null
          ? null
          : new ContactView(contact.getName(), contact.getEmail(), contact.getPhone());
    }
  }
}
