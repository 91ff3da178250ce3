package nl.techniekpact.cms.publishing;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.techniekpact.cms.web.RequestLanguage;
import nl.techniekpact.model.pact.DuplicateGoalNumberException;
import nl.techniekpact.model.shared.DomainException;
import nl.techniekpact.model.shared.InvalidSlugException;
import nl.techniekpact.model.shared.MissingValueException;
import nl.techniekpact.model.shared.Slug;

/**
 * The words of a refused field in the current request's language ({@link RequestLanguage}): Dutch
 * or English on back-office screens, English in the API. The texts are the {@code refusals}
 * bundle's; its English texts are the API's messages.
 */
final class Refusals {

  private static final String BUNDLE = "nl.techniekpact.cms.i18n.refusals";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Refusals() {}

  /** The text of a refusal, its arguments filled in as given (numbers are not reformatted). */
  static String text(String key, Object... arguments) {
    Locale locale = RequestLanguage.current();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
    return new MessageFormat(bundle.getString(key), locale).format(texts);
  }

  /**
   * A domain rule's refusal: core-model's own message in English, the rule's words in another
   * language where core-model's exception says which rule it is.
   */
  static String of(DomainException refused) {
    if (Locale.ENGLISH.getLanguage().equals(RequestLanguage.current().getLanguage())) {
      return refused.getMessage();
    }
    if (refused instanceof MissingValueException) {
      return text("required");
    }
    if (refused instanceof InvalidSlugException) {
      return text("slug.invalid", refused.getValue(), Slug.MAX_LENGTH);
    }
    if (refused instanceof DuplicateGoalNumberException) {
      return text("number.taken", refused.getValue());
    }
    return refused.getMessage();
  }
}
