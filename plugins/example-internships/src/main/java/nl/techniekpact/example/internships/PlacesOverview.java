package nl.techniekpact.example.internships;

import java.util.List;

/**
 * What the places page shows, in the visitor's language. Records: the Facelet calls their
 * components as methods ({@code #{pluginPage.model.intro()}}), as Jakarta EL 5 has no record
 * properties.
 *
 * @param intro the opening sentence
 * @param none the text for a landsdeel without places
 * @param placesLabel the word after a number of places
 * @param applyLabel the text of a link to apply
 * @param version the plugin version that made the page
 * @param contact the sentence naming whom to ask, from the setting {@code contact}, or {@code null}
 * @param regions the landsdelen with their places
 */
public record PlacesOverview(
    String intro,
    String none,
    String placesLabel,
    String applyLabel,
    String version,
    List<RegionPlaces> regions,
    String contact) {

  /**
   * One landsdeel and its places.
   *
   * @param name its name
   * @param slug its slug, for anchors
   * @param places its open places
   */
  public record RegionPlaces(String name, String slug, List<Place> places) {}
}
