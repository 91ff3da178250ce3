package nl.techniekpact.cms.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import nl.techniekpact.cms.security.authentication.CmsAuthenticationMechanism;

/** Ends the back-office session (a POST from the back-office page, protected by its ViewState). */
@Named
@RequestScoped
public class SignOut {

  @Inject private FacesContext faces;

  /** Logs out, ends the session and shows the login page with a confirmation. */
  public String submit() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    external.redirect(
        request.getContextPath() + CmsAuthenticationMechanism.LOGIN_PAGE + "?loggedOut=true");
    faces.responseComplete();
    return null;
  }
}
