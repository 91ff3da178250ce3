package nl.techniekpact.example.internships;

import java.util.List;

/** The sample places shown until the host stores items of the plugin's content type. */
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

  static List<Place> inRegion(String region) {
    return SAMPLE.stream().filter(place -> place.region().equals(region)).toList();
  }

  static int total(List<Place> places) {
    return places.stream().mapToInt(Place::places).sum();
  }
}
