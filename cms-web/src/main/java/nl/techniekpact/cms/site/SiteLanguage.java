package nl.techniekpact.cms.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The language of the public page being rendered: Dutch, unless the visitor chose English with
 * {@code ?lang=en}. The browser's Accept-Language does not switch the site, so a page's URL always
 * shows the same language (and can be cached and linked as such).
 */
@Named
@RequestScoped
public class SiteLanguage {

  /** Dutch, the site's default and required language. */
  public static final Locale DUTCH = Locale.forLanguageTag("nl");

  @Inject private HttpServletRequest request;

  /** The locale to render in. */
  public Locale getLocale() {
    return isEnglish() ? Locale.ENGLISH : DUTCH;
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
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + request.getServerName()
        + (defaultPort ? "" : ":" + port)
        + pathIn(language);
  }

  private String pathIn(String language) {
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String path = forwarded instanceof String uri ? uri : request.getRequestURI();
    if (path.endsWith("/index.xhtml")) {
      path = path.substring(0, path.length() - "index.xhtml".length());
    }
    return "en".equals(language) ? path + "?lang=en" : path;
  }
}
