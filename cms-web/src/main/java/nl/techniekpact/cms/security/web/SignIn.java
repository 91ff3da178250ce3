package nl.techniekpact.cms.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import nl.techniekpact.cms.security.authentication.CmsAuthenticationMechanism;
import nl.techniekpact.cms.security.authentication.LoginOutcome;

/**
 * Signs an editor in from the login form: hands the credentials to the authentication mechanism
 * through {@link SecurityContext#authenticate} and shows why it failed, or goes to the back office.
 * The form is a JSF postback, so its ViewState protects it against cross-site request forgery.
 */
@Named
@RequestScoped
public class SignIn {

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext faces;

  private String username;
  private String password;

  /** Checks the credentials; on success redirects to the back office. */
  public String submit() throws IOException {
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      error("login.missing");
      return null;
    }
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username.strip(), password))
                .newAuthentication(true));
    password = null;
    Object outcome = request.getAttribute(LoginOutcome.ATTRIBUTE);
    if (status == AuthenticationStatus.SUCCESS && outcome instanceof LoginOutcome.Success) {
      external.redirect(request.getContextPath() + CmsAuthenticationMechanism.BACK_OFFICE_HOME);
      faces.responseComplete();
      return null;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    if (outcome instanceof LoginOutcome.Locked locked) {
      error("login.locked", locked.minutes());
    } else if (outcome instanceof LoginOutcome.MissingInput) {
      error("login.missing");
    } else {
      error("login.failed");
    }
    return null;
  }

  private void error(String key, Object... arguments) {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    String text = MessageFormat.format(bundle.getString(key), arguments);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
