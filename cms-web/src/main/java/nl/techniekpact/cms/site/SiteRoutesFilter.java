package nl.techniekpact.cms.site;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves the host pages at their clean addresses ({@link SiteRoutes}): forwards {@code /doelen/9}
 * to {@code /goal.xhtml} with {@code number=9}, and answers 404 to a direct request for a routed
 * Facelet so every page has exactly one address. Every other address passes untouched.
 */
@WebFilter(filterName = "siteRoutes", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SiteRoutesFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (SiteRoutes.isRouteView(path)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<SiteRoutes.Matched> matched = SiteRoutes.find(path);
    if (matched.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      response.setHeader("Allow", "GET, HEAD");
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    request.setAttribute(SiteRoutes.PARAMETERS, matched.get().values());
    request.getRequestDispatcher(matched.get().route().view()).forward(request, response);
  }
}
