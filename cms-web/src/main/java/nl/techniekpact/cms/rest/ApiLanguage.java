package nl.techniekpact.cms.rest;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code lang} parameter of the read API: the language a client wants the content in, {@code
 * nl} or {@code en}. English texts fall back to Dutch where no translation exists.
 */
public enum ApiLanguage {
  NL,
  EN;

  /** The query parameter's name. */
  public static final String PARAMETER = "lang";

  /** The language code, {@code nl} or {@code en}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads {@code lang}, refusing anything but {@code nl} and {@code en} through the check. */
  public static Optional<ApiLanguage> read(ParameterCheck check, String text) {
    return check.known(PARAMETER, text, ApiLanguage::parse);
  }

  private static Optional<ApiLanguage> parse(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "nl" -> Optional.of(NL);
      case "en" -> Optional.of(EN);
      default -> Optional.empty();
    };
  }
}
