package nl.techniekpact.cms.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
    return "en".equals(request.getParameter("lang")) ? Locale.ENGLISH : DUTCH;
  }
}
