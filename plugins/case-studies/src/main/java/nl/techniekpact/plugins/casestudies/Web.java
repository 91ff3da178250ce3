package nl.techniekpact.plugins.casestudies;

import java.util.Locale;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.plugin.api.Html;

/** Language, links and escaping for what this plugin writes. */
final class Web {

  private Web() {}

  static boolean english(Locale locale) {
    return "en".equals(locale.getLanguage());
  }

  /** Dutch or English. */
  static String pick(Locale locale, String dutch, String english) {
    return english(locale) ? english : dutch;
  }

  /** Content in the language, Dutch where untranslated; empty for none. */
  static String text(LocalizedText text, Locale locale) {
    return text == null ? "" : text.in(locale);
  }

  static String href(String path, Locale locale) {
    return Html.href(path, locale);
  }

  static String escape(String text) {
    return Html.escape(text);
  }
}
