package nl.techniekpact.bench.dataset;

import java.util.List;
import java.util.Random;

/**
 * Dutch-like text for generated content: names, titles, teasers and paragraphs built from words and
 * phrases of the technical education domain, repeatable for a given random seed.
 */
final class DutchText {

  private static final List<String> FIRST_NAMES =
      List.of(
          "Anouk", "Bram", "Daan", "Emma", "Fleur", "Floor", "Jesse", "Julia", "Lars", "Lieke",
          "Luuk", "Maud", "Milan", "Noor", "Ruben", "Sanne", "Sem", "Tess", "Thijs", "Yara",
          "Ahmed", "Fatima", "Mehmet", "Priya", "Wouter", "Ingrid", "Kees", "Marloes", "Joris",
          "Hanneke");

  private static final List<String> LAST_NAMES =
      List.of(
          "de Vries",
          "Jansen",
          "van den Berg",
          "Bakker",
          "Visser",
          "Smit",
          "Meijer",
          "de Boer",
          "Mulder",
          "de Groot",
          "Bos",
          "Vos",
          "Peters",
          "Hendriks",
          "van Leeuwen",
          "Dekker",
          "Brouwer",
          "de Wit",
          "Dijkstra",
          "Smits",
          "van Dijk",
          "Kok",
          "Yilmaz",
          "El Amrani",
          "Postma",
          "Kuipers",
          "Veenstra",
          "Hoekstra");

  private static final List<String> PLACES =
      List.of(
          "Groningen",
          "Leeuwarden",
          "Assen",
          "Zwolle",
          "Enschede",
          "Arnhem",
          "Nijmegen",
          "Utrecht",
          "Amersfoort",
          "Almere",
          "Haarlem",
          "Leiden",
          "Delft",
          "Rotterdam",
          "Dordrecht",
          "Breda",
          "Tilburg",
          "Eindhoven",
          "Helmond",
          "Venlo",
          "Maastricht",
          "Middelburg",
          "Emmen",
          "Deventer",
          "Apeldoorn",
          "Zaandam",
          "Den Helder",
          "Heerlen",
          "Roermond",
          "Hengelo");

  private static final List<String> SUBJECTS =
      List.of(
          "techniekonderwijs",
          "de maakplaats",
          "het technieklokaal",
          "de leerwerkplaats",
          "het praktijkcentrum",
          "de techniekbus",
          "het innovatielab",
          "de proeftuin",
          "de smart factory",
          "het energielab",
          "de werkplaats voor robotica",
          "het leerbedrijf",
          "de zorgtechniekroute",
          "de installatietechniek-academie");

  private static final List<String> VERBS =
      List.of(
          "verbindt",
          "versterkt",
          "brengt samen",
          "inspireert",
          "ondersteunt",
          "vernieuwt",
          "maakt zichtbaar",
          "opent de deur voor",
          "ontzorgt",
          "daagt uit");

  private static final List<String> AUDIENCES =
      List.of(
          "leerlingen in het basisonderwijs",
          "vmbo-leerlingen",
          "mbo-studenten",
          "hbo-studenten",
          "zij-instromers",
          "werkenden die willen omscholen",
          "docenten",
          "leraren in opleiding",
          "meisjes met interesse in techniek",
          "statushouders",
          "jongeren zonder startkwalificatie",
          "technici in het mkb");

  private static final List<String> THEMES =
      List.of(
          "duurzame energie",
          "de warmtetransitie",
          "slimme mobiliteit",
          "zorgtechnologie",
          "de maakindustrie",
          "digitalisering",
          "circulair bouwen",
          "waterbeheer",
          "robotisering",
          "de chemische industrie",
          "voedseltechnologie",
          "installatietechniek",
          "lucht- en ruimtevaart",
          "de maritieme sector");

  private static final List<String> ORGANISATION_PARTS =
      List.of(
          "Techniek",
          "Innovatie",
          "Metaal",
          "Energie",
          "Installatie",
          "Maak",
          "Bouw",
          "Zorg",
          "Data",
          "Robot",
          "Water",
          "Proces",
          "Elektro",
          "Mechatronica");

  private static final List<String> ORGANISATION_KINDS_BUSINESS =
      List.of("B.V.", "Groep", "Techniek", "Installaties", "Engineering", "Systems", "Werken");

  private static final List<String> SCHOOL_KINDS =
      List.of("College", "Lyceum", "Campus", "Academie", "Scholengemeenschap", "Vakcollege");

  private static final List<String> SENTENCES =
      List.of(
          "In %s %s %s met bedrijven uit de regio.",
          "Het project %s %s rond %s.",
          "Samen met het bedrijfsleven %s %s de kennis over %s.",
          "Elke week werken %s aan echte opdrachten in %s.",
          "Docenten en technici ontwikkelen samen lesmateriaal over %s voor %s.",
          "De aanpak in %s laat zien hoe %s %s.",
          "Zo ontdekken %s welke beroepen er zijn in %s.",
          "Het resultaat: meer %s kiezen voor een opleiding in %s.");

  private final Random random;

  DutchText(long seed) {
    this.random = new Random(seed);
  }

  Random random() {
    return random;
  }

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  String personName() {
    return pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
  }

  String place() {
    return pick(PLACES);
  }

  String theme() {
    return pick(THEMES);
  }

  String businessName() {
    return pick(ORGANISATION_PARTS)
        + pick(List.of("", "tech", "werk", "net"))
        + " "
        + pick(ORGANISATION_KINDS_BUSINESS)
        + " "
        + place();
  }

  String schoolName() {
    return pick(List.of("ROC", "Het", "Stichting", "Techniek"))
        + " "
        + pick(SCHOOL_KINDS)
        + " "
        + place();
  }

  String caseTitle() {
    String subject = pick(SUBJECTS);
    return capitalise(subject) + " in " + place() + " " + pick(VERBS) + " " + pick(AUDIENCES);
  }

  String subtitle() {
    return "‘" + capitalise(pick(AUDIENCES)) + " ontdekken " + theme() + "’";
  }

  String teaser() {
    return capitalise(pick(AUDIENCES))
        + " laten kennismaken met "
        + theme()
        + " in "
        + place()
        + ".";
  }

  /** A paragraph of some sentences. */
  String paragraph(int sentences) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(sentence());
    }
    return text.toString();
  }

  private String sentence() {
    String template = pick(SENTENCES);
    int holes = template.split("%s", -1).length - 1;
    Object[] values = new Object[holes];
    for (int i = 0; i < holes; i++) {
      values[i] =
          switch (random.nextInt(4)) {
            case 0 -> pick(SUBJECTS);
            case 1 -> pick(AUDIENCES);
            case 2 -> pick(VERBS);
            default -> theme();
          };
    }
    return capitalise(String.format(template, values));
  }

  static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
