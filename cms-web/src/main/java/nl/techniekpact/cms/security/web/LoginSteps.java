package nl.techniekpact.cms.security.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.techniekpact.cms.security.authentication.LoginOutcome;

/**
 * What the login pages share ({@link SignIn}, {@link SignInCode}): hand a credential to the
 * authentication mechanism and go on to the next page (why not is shown with {@code Texts}).
 */
final class LoginSteps {

  private LoginSteps() {}

  /**
   * Hands {@code credential} to the authentication mechanism through {@link
   * SecurityContext#authenticate} and returns what came of it; a refused attempt's response is a
   * 200 again, for the page with its message.
   */
  static LoginOutcome authenticate(
      FacesContext faces, SecurityContext security, Credential credential) {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
    Object outcome = request.getAttribute(LoginOutcome.ATTRIBUTE);
    if (status == AuthenticationStatus.SUCCESS && outcome instanceof LoginOutcome.Success success) {
      return success;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    return outcome instanceof LoginOutcome refused ? refused : new LoginOutcome.Invalid();
  }

  /** Redirects to a page of this application and ends the JSF request. */
  static void redirect(FacesContext faces, String page) throws IOException {
    ExternalContext external = faces.getExternalContext();
    external.redirect(external.getRequestContextPath() + page);
    faces.responseComplete();
  }
}
