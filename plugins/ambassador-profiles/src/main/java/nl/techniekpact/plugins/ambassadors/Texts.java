package nl.techniekpact.plugins.ambassadors;

import java.util.Locale;
import nl.techniekpact.model.ambassador.Ambassador;
import nl.techniekpact.model.ambassador.AmbassadorRole;
import nl.techniekpact.model.shared.LocalizedText;

/** The plugin's words in Dutch and English, and content in the page's language. */
final class Texts {

  private Texts() {}

  static boolean english(Locale locale) {
    return "en".equals(locale.getLanguage());
  }

  static String pick(Locale locale, String dutch, String english) {
    return english(locale) ? english : dutch;
  }

  static String of(LocalizedText text, Locale locale) {
    return text == null ? "" : text.in(locale);
  }

  /** "Aanjager" or "Ambassadeur", in the language. */
  static String role(Ambassador ambassador, Locale locale) {
    return ambassador.getRole() == AmbassadorRole.AANJAGER
        ? pick(locale, "Aanjager", "Champion")
        : pick(locale, "Ambassadeur", "Ambassador");
  }

  /** The address of a profile. */
  static String profile(Ambassador ambassador) {
    return "/ambassadeurs/" + ambassador.getSlug();
  }
}
