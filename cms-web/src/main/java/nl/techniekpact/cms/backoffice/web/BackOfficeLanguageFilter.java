package nl.techniekpact.cms.backoffice.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.techniekpact.cms.web.RequestLanguage;

/**
 * Gives a back-office request the editor's language ({@link BackOfficeLanguage}), so that what the
 * editing services refuse, and its error page, are worded in it ({@link RequestLanguage}).
 */
@WebFilter(filterName = "backOfficeLanguage", urlPatterns = "/beheer/*")
public class BackOfficeLanguageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private BackOfficeLanguage language;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    request.setAttribute(RequestLanguage.ATTRIBUTE, language.getLocale());
    RequestLanguage.set(language.getLocale());
    try {
      chain.doFilter(request, response);
    } finally {
      RequestLanguage.clear();
    }
  }
}
