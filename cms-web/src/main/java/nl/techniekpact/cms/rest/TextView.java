package nl.techniekpact.cms.rest;

import nl.techniekpact.model.shared.LocalizedText;

/**
 * A translated text as the API shows it: Dutch always, English when translated.
 *
 * @param nl the Dutch text
 * @param en the English text, or null
 */
public record TextView(String nl, String en) {

  /**
   * This text in one language only: English where translated and asked for, Dutch otherwise; the
   * member that is present says which ({@link ApiLanguage}).
   */
  public TextView in(ApiLanguage language) {
    return language == ApiLanguage.EN && en != null
        ? new TextView(null, en)
        : new TextView(nl, null);
  }

  /** The view of a text, or null for none. */
  public static TextView of(LocalizedText text) {
    return text == null ? null : new TextView(text.getNl(), text.english().orElse(null));
  }
}
