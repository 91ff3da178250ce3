package nl.techniekpact.cms.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.techniekpact.cms.web.RequestLanguage;

/**
 * Bean Validation whose messages are in the request's language ({@link RequestLanguage}): "mag niet
 * leeg zijn" on a Dutch back-office screen, "must not be blank" in the API. One validator per
 * language, made once through the standard {@code usingContext()}.
 */
@ApplicationScoped
public class LocalizedValidation {

  @Inject private ValidatorFactory factory;

  private final Map<Locale, Validator> validators = new ConcurrentHashMap<>();

  /** The validator for the current request's language. */
  public Validator validator() {
    return validators.computeIfAbsent(
        RequestLanguage.current(),
        locale ->
            factory
                .usingContext()
                .messageInterpolator(new InLanguage(factory.getMessageInterpolator(), locale))
                .getValidator());
  }

  /** The factory's interpolator, always in one language. */
  private record InLanguage(MessageInterpolator interpolator, Locale locale)
      implements MessageInterpolator {

    @Override
    public String interpolate(String template, Context context) {
      return interpolator.interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
      return interpolator.interpolate(template, context, locale);
    }
  }
}
