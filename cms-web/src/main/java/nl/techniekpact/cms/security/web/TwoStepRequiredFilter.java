package nl.techniekpact.cms.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import nl.techniekpact.cms.security.CallerRoles;
import nl.techniekpact.cms.security.twostep.TwoStepPolicy;
import nl.techniekpact.cms.web.BrowserRedirect;

/**
 * Sends a signed-in editor whose role requires two-step sign-in ({@link TwoStepPolicy}) and who has
 * not set it up to their account page, from every other back-office address, until they have (ADR
 * 0048). The account page itself, where they set it up or sign out, stays open.
 */
@WebFilter(filterName = "twoStepRequired", urlPatterns = "/beheer/*")
public class TwoStepRequiredFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The page where an editor sets up two-step sign-in. */
  static final String ACCOUNT_PAGE = "/beheer/account.xhtml";

  @Inject private transient TwoStepPolicy policy;
  @Inject private transient CallerRoles roles;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal caller = request.getUserPrincipal();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (policy.requiresAny()
        && caller != null
        && !path.equals(ACCOUNT_PAGE)
        && policy.holds(caller.getName(), roles.held())) {
      BrowserRedirect.seeOther(request, response, request.getContextPath() + ACCOUNT_PAGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
