package nl.techniekpact.plugins.ambassadors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.techniekpact.model.ambassador.Ambassador;
import nl.techniekpact.plugin.api.Html;

/** Turns ambassadors into what the Facelets read. */
final class ProfilePages {

  private ProfilePages() {}

  static Profile.Person person(Ambassador a, Locale locale) {
    List<String> paragraphs = new ArrayList<>();
    for (String part : Texts.of(a.getProfile(), locale).split("\\n\\s*\\n")) {
      if (!part.isBlank()) {
        paragraphs.add(part.strip());
      }
    }
    List<Profile.GoalLink> goals =
        a.getGoals().stream()
            .map(
                g ->
                    new Profile.GoalLink(
                        Texts.pick(locale, "Doel ", "Goal ")
                            + g.getNumber()
                            + ": "
                            + Texts.of(g.getTitle(), locale),
                        Html.href("/doelen/" + g.getNumber(), locale)))
            .toList();
    return new Profile.Person(
        a.getSlug().toString(),
        Html.href(Texts.profile(a), locale),
        a.getName(),
        Texts.role(a, locale),
        Texts.of(a.getTeaser(), locale),
        paragraphs,
        a.getPhoto() == null ? null : a.getPhoto().getLocation(),
        a.getPhoto() == null ? "" : a.getPhoto().getAltText(),
        goals);
  }

  static Map<String, String> texts(Locale locale) {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("title", Texts.pick(locale, "Aanjager & Ambassadeurs", "Champion & Ambassadors"));
    t.put(
        "intro",
        Texts.pick(
            locale,
            "Zij vertellen het verhaal van het Techniekpact en brengen partijen bij elkaar.",
            "They tell the story of the Techniekpact and bring people together."));
    t.put("home-href", Html.href("/", locale));
    t.put("index-href", Html.href("/ambassadeurs", locale));
    t.put("breadcrumb", Texts.pick(locale, "Kruimelpad", "Breadcrumb"));
    t.put("goals", Texts.pick(locale, "Doelen", "Goals"));
    t.put("more", Texts.pick(locale, "meer", "more"));
    t.put("about", Texts.pick(locale, "over", "about"));
    t.put("all", Texts.pick(locale, "Alle ambassadeurs", "All ambassadors"));
    return t;
  }
}
