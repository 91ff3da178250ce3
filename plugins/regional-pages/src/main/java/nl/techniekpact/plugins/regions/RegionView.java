package nl.techniekpact.plugins.regions;

import java.util.List;
import java.util.Map;

/**
 * What the region index or a region's page shows, read by the Facelets.
 *
 * @param regions the landsdelen (one on a region's page)
 * @param introduction the pact's introduction to the landsdelen (index only)
 * @param partners the region's partner organisations (region page only)
 * @param contact the region's contact, or {@code null}
 * @param sections partner plugins' sections: HTML, or {@code null} for one that failed
 * @param t the page's texts by key
 */
public record RegionView(
    List<Item> regions,
    String introduction,
    List<Partner> partners,
    ContactView contact,
    List<String> sections,
    Map<String, String> t) {

  /**
   * A landsdeel.
   *
   * @param slug its slug
   * @param href its page in the page's language
   * @param name its name
   * @param provinces its provinces, comma separated
   * @param ambitions its ambitions, possibly empty
   */
  public record Item(String slug, String href, String name, String provinces, String ambitions) {}

  /**
   * A partner organisation.
   *
   * @param name its name
   * @param website its website, or {@code null}
   */
  public record Partner(String name, String website) {}

  /**
   * A contact.
   *
   * @param name the name, possibly empty
   * @param email the e-mail address, possibly empty
   * @param phone the phone number, possibly empty
   */
  public record ContactView(String name, String email, String phone) {}

  /** The one landsdeel of a region's page. */
  public Item region() {
    return regions.get(0);
  }
}
