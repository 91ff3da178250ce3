package nl.techniekpact.example.internships;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.techniekpact.plugin.api.ContentItem;
import nl.techniekpact.plugin.api.PluginContext;

/**
 * The places: those editors entered as items of {@link InternshipPlaceType} (published only, newest
 * first), followed by a few sample places the plugin ships so that a fresh installation shows
 * something.
 */
final class Places {

  static final List<Place> SAMPLE =
      List.of(
          new Place(
              "Monteur installatietechniek",
              "Installatiebedrijf Noord",
              "noord-nederland",
              "MBO",
              4),
          new Place("Procesoperator", "Chemiepark Delfzijl", "noord-nederland", "MBO", 6),
          new Place("Mechatronicus", "Hightech Twente", "oost-nederland", "MBO", 3),
          new Place("Stage embedded software", "Brainport Bedrijf", "zuid-nederland", "HBO", 2),
          new Place("Leerbaan scheepsbouw", "Werf Drechtsteden", "zuidwest-nederland", "MBO", 5),
          new Place(
              "Stage duurzame energie",
              "Energiebedrijf Amsterdam",
              "noordwest-nederland",
              "HBO",
              3));

  private Places() {}

  /** The published places editors entered, then the samples. */
  static List<Place> all(PluginContext context, Locale locale) {
    List<Place> all = new ArrayList<>(published(context, locale));
    all.addAll(SAMPLE);
    return all;
  }

  /** The published places editors entered, in a language. */
  static List<Place> published(PluginContext context, Locale locale) {
    return context.items().published(InternshipPlaceType.KEY).stream()
        .map(item -> of(item, locale))
        .toList();
  }

  static Place of(ContentItem item, Locale locale) {
    return new Place(
        item.text("title", locale),
        item.text("organisation", locale),
        item.string("region").orElse(""),
        item.text("level", locale),
        item.number("places").map(Long::intValue).orElse(1),
        item.string("apply-at").orElse(null));
  }

  static List<Place> inRegion(List<Place> places, String region) {
    return places.stream().filter(place -> place.region().equals(region)).toList();
  }

  static int total(List<Place> places) {
    return places.stream().mapToInt(Place::places).sum();
  }
}
