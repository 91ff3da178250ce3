package nl.techniekpact.cms.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.io.IOException;
import nl.techniekpact.cms.backoffice.web.Texts;
import nl.techniekpact.cms.security.authentication.CmsAuthenticationMechanism;
import nl.techniekpact.cms.security.authentication.LoginOutcome;

/**
 * Signs an editor in from the login form: hands the credentials to the authentication mechanism
 * through {@link SecurityContext#authenticate} and shows why it failed, or goes to the back office,
 * or, for an account with two-step sign-in, to the page that asks for the code ({@link
 * SignInCode}). The form is a JSF postback, so its ViewState protects it against cross-site request
 * forgery.
 */
@Named
@RequestScoped
public class SignIn {

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext faces;

  private String username;
  private String password;

  /** Checks the credentials; on success redirects to the back office or the code page. */
  public String submit() throws IOException {
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      Texts.error(null, "login.missing");
      return null;
    }
    LoginOutcome outcome =
        LoginSteps.authenticate(
            faces, securityContext, new UsernamePasswordCredential(username.strip(), password));
    password = null;
    if (outcome instanceof LoginOutcome.Success) {
      LoginSteps.redirect(faces, CmsAuthenticationMechanism.BACK_OFFICE_HOME);
    } else if (outcome instanceof LoginOutcome.CodeNeeded) {
      LoginSteps.redirect(faces, CmsAuthenticationMechanism.CODE_PAGE);
    } else if (outcome instanceof LoginOutcome.Locked locked) {
      Texts.error(null, "login.locked", locked.minutes());
    } else if (outcome instanceof LoginOutcome.MissingInput) {
      Texts.error(null, "login.missing");
    } else {
      Texts.error(null, "login.failed");
    }
    return null;
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
