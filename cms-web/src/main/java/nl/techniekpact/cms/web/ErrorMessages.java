package nl.techniekpact.cms.web;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The localised texts of error responses, for pages and the API alike: Dutch first, English when
 * the client prefers it.
 */
public final class ErrorMessages {

  /**
   * The base name of the CMS's resource bundle of user-facing texts (Dutch as the base, English);
   * JSF knows it as {@code msg} (faces-config.xml).
   */
  public static final String BUNDLE = "nl.techniekpact.cms.i18n.messages";

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final List<String> SUPPORTED = List.of("nl", "en");

  private final Locale locale;
  private final ResourceBundle bundle;

  private ErrorMessages(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * The texts in a language the request has chosen ({@link RequestLanguage#ATTRIBUTE}, set for the
   * back office), or else in the first supported language of its {@code Accept-Language} header.
   */
  public static ErrorMessages forRequest(jakarta.servlet.http.HttpServletRequest request) {
    if (request.getAttribute(RequestLanguage.ATTRIBUTE) instanceof Locale chosen
        && SUPPORTED.contains(chosen.getLanguage())) {
      return new ErrorMessages(Locale.forLanguageTag(chosen.getLanguage()));
    }
    return forAcceptLanguage(request.getHeader("Accept-Language"));
  }

  /**
   * The texts in the first supported language of an {@code Accept-Language} header; Dutch when the
   * header is missing, malformed or names no supported language.
   */
  public static ErrorMessages forAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return new ErrorMessages(DUTCH);
    }
    try {
      Locale match =
          Locale.lookup(
              Locale.LanguageRange.parse(header),
              SUPPORTED.stream().map(Locale::forLanguageTag).toList());
      return new ErrorMessages(match == null ? DUTCH : match);
    } catch (IllegalArgumentException malformed) {
      return new ErrorMessages(DUTCH);
    }
  }

  /** The language the texts are in. */
  public Locale locale() {
    return locale;
  }

  /** A text of the error bundle by key. */
  public String text(String key) {
    return bundle.getString(key);
  }

  /** The title of an error kind. */
  public String title(ErrorKind kind) {
    return text(kind.messageKey() + ".title");
  }

  /** The explanation of an error kind. */
  public String detail(ErrorKind kind) {
    return text(kind.messageKey() + ".detail");
  }

  /** The problem details of an error kind for the request at {@code instance}. */
  public ProblemDetails problem(ErrorKind kind, String instance) {
    return new ProblemDetails(
        kind.problemType(), title(kind), kind.status(), detail(kind), instance, Map.of());
  }

  /**
   * The problem details of an error for the request at {@code instance}: those of its kind, with an
   * {@code errors} member listing each refused parameter ({@code parameter}, {@code value}, {@code
   * reason}, {@code detail}) when the error is an {@link InvalidParametersException}, and with the
   * error's own detail when it is a client error that says what went wrong ({@link
   * ProblemWithDetail}); an {@code errors} member listing each refused field ({@code field}, {@code
   * detail}) for invalid content.
   */
  public ProblemDetails problem(Throwable error, ErrorKind kind, String instance) {
    ProblemDetails problem = problem(kind, instance);
    if (error instanceof InvalidParametersException invalid) {
      return problem.with("errors", invalid.parameters().stream().map(this::describe).toList());
    }
    if (error instanceof nl.techniekpact.cms.publishing.InvalidContentException invalid) {
      return new ProblemDetails(
              problem.type(),
              problem.title(),
              problem.status(),
              invalid.detail(),
              problem.instance(),
              problem.extensions())
          .with(
              "errors",
              invalid.errors().stream()
                  .map(e -> Map.<String, Object>of("field", e.field(), "detail", e.message()))
                  .toList());
    }
    if (error instanceof ProblemWithDetail withDetail && kind.status() < 500) {
      return new ProblemDetails(
          problem.type(),
          problem.title(),
          problem.status(),
          withDetail.detail(),
          problem.instance(),
          withDetail.extensions());
    }
    return problem;
  }

  private Map<String, Object> describe(InvalidParameter parameter) {
    List<Object> arguments = new ArrayList<>();
    arguments.add(parameter.parameter());
    arguments.add(parameter.value());
    parameter.limits().forEach(limit -> arguments.add(String.valueOf(limit)));
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("parameter", parameter.parameter());
    entry.put("value", parameter.value());
    entry.put("reason", parameter.reason().code());
    entry.put(
        "detail",
        new MessageFormat(text("parameter." + parameter.reason().code()), locale)
            .format(arguments.toArray()));
    return entry;
  }
}
