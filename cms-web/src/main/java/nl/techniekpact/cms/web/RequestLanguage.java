package nl.techniekpact.cms.web;

import java.util.Locale;

/**
 * The language in which the current request's refusals are worded: the editor's language on a
 * back-office page (set for the request by {@code BackOfficeLanguageFilter}), English everywhere
 * else, where the API speaks English.
 *
 * <pre>{@code
 * RequestLanguage.set(Locale.forLanguageTag("nl"));
 * try {
 *   chain.doFilter(request, response);
 * } finally {
 *   RequestLanguage.clear();
 * }
 * }</pre>
 */
public final class RequestLanguage {

  /**
   * The request attribute holding the language a back-office request was given, so that its error
   * page, rendered after the request's own thread work ended, speaks it too.
   */
  public static final String ATTRIBUTE = RequestLanguage.class.getName();

  private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

  private RequestLanguage() {}

  /** The current request's language: English unless set. */
  public static Locale current() {
    Locale locale = CURRENT.get();
    return locale == null ? Locale.ENGLISH : locale;
  }

  /** Sets the language for the rest of this request's thread; {@link #clear()} must follow. */
  public static void set(Locale locale) {
    CURRENT.set(locale);
  }

  /** Ends the request's language. */
  public static void clear() {
    CURRENT.remove();
  }
}
