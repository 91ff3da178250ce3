package nl.techniekpact.cms.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import nl.techniekpact.model.shared.LocalizedText;

/**
 * The language of the public page being rendered: Dutch, unless the visitor chose English with
 * {@code ?lang=en}. The browser's Accept-Language does not switch the site, so a page's URL always
 * shows the same language (and can be cached and linked as such).
 *
 * <p>Application scoped: it keeps nothing itself and reads the current request (through the
 * container's request proxy) on every call, so pages and filters use it without a bean being
 * created for every request.
 */
@Named
@ApplicationScoped
public class SiteLanguage {

  /** Dutch, the site's default and required language. */
  public static final Locale DUTCH = Locale.forLanguageTag("nl");

  @Inject private HttpServletRequest request;

  /** The locale to render in. */
  public Locale getLocale() {
    return isEnglish() ? Locale.ENGLISH : DUTCH;
  }

  /**
   * Content in the visitor's language, Dutch where no translation exists.
   *
   * @param text the content, or {@code null}
   * @return the text, empty for {@code null}
   */
  public String text(LocalizedText text) {
    return text == null ? "" : text.in(getLocale());
  }

  private boolean isEnglish() {
    return "en".equals(request.getParameter("lang"));
  }

  /** The language a visitor can switch to: English on a Dutch page, Dutch on an English one. */
  public String getOtherLanguage() {
    return isEnglish() ? "nl" : "en";
  }

  /** The link to this page in the other language. */
  public String getSwitchHref() {
    return pathIn(getOtherLanguage());
  }

  /** The absolute URL of this page in a language ({@code nl} or {@code en}), for hreflang. */
  public String url(String language) {
    return origin(request) + pathIn(language);
  }

  /** The absolute URL of this page in Dutch: hreflang {@code nl} and {@code x-default}. */
  public String getDutchUrl() {
    return url("nl");
  }

  /** The absolute URL of this page in English: hreflang {@code en}. */
  public String getEnglishUrl() {
    return url("en");
  }

  /** The absolute URL of this page in the visitor's language: the canonical and og:url. */
  public String getCanonicalUrl() {
    return url(getLocale().getLanguage());
  }

  /**
   * A link to another host page in the language of this one, for example {@code href("/doelen/9")}
   * gives {@code /doelen/9?lang=en} on an English page.
   *
   * @param path the page's address below the context path
   * @return the address to put in {@code href}
   */
  public String href(String path) {
    return request.getContextPath() + path + (isEnglish() ? "?lang=en" : "");
  }

  /** The Open Graph locale: {@code nl_NL} or {@code en_GB}. */
  public String getOpenGraphLocale() {
    return isEnglish() ? "en_GB" : "nl_NL";
  }

  /**
   * Scheme, host and port of the site as this request reached it, for absolute URLs.
   *
   * @param request any request
   * @return for example {@code https://www.techniekpact.nl}
   */
  public static String origin(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
  }

  /**
   * The address the visitor asked for, with the context path: a clean address such as {@code
   * /cases/make-it-move} also after the request was forwarded to the page's Facelet.
   */
  public String getRequestedUri() {
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    return forwarded instanceof String uri ? uri : request.getRequestURI();
  }

  private String pathIn(String language) {
    String path = getRequestedUri();
    if (path.endsWith("/index.xhtml")) {
      path = path.substring(0, path.length() - "index.xhtml".length());
    }
    return "en".equals(language) ? path + "?lang=en" : path;
  }
}
