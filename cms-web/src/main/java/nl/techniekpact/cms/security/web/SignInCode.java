package nl.techniekpact.cms.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import nl.techniekpact.cms.backoffice.web.Texts;
import nl.techniekpact.cms.security.authentication.CmsAuthenticationMechanism;
import nl.techniekpact.cms.security.authentication.LoginOutcome;
import nl.techniekpact.cms.security.authentication.OneTimeCodeCredential;

/**
 * The second step of a two-step sign-in ({@code /login-code.xhtml}, ADR 0048): hands the code to
 * the authentication mechanism, which knows from the session whose password came before it, and
 * goes to the back office, or shows why not. A JSF postback, so its ViewState protects it against
 * cross-site request forgery.
 */
@Named
@RequestScoped
public class SignInCode {

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext faces;

  private String code;

  /** Whether this session passed the password step and may send a code now. */
  public boolean isWaiting() {
    return !getUsername().isEmpty();
  }

  /** Whose password this session's sign-in passed, waiting for the code; empty if none. */
  public String getUsername() {
    return CmsAuthenticationMechanism.codeNeededFor(
            (HttpServletRequest) faces.getExternalContext().getRequest())
        .orElse("");
  }

  /** Checks the code; on success redirects to the back office. */
  public String submit() throws IOException {
    if (code == null || code.isBlank()) {
      Texts.error(null, "login.code.missing");
      return null;
    }
    LoginOutcome outcome =
        LoginSteps.authenticate(faces, securityContext, new OneTimeCodeCredential(code));
    code = null;
    if (outcome instanceof LoginOutcome.Success) {
      LoginSteps.redirect(faces, CmsAuthenticationMechanism.BACK_OFFICE_HOME);
    } else if (outcome instanceof LoginOutcome.Locked locked) {
      Texts.error(null, "login.locked", locked.minutes());
    } else if (!(outcome instanceof LoginOutcome.StartAgain)) {
      // a wrong code (starting again needs no message: the page says so in place of the form)
      Texts.error(null, "login.code.failed");
    }
    return null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
