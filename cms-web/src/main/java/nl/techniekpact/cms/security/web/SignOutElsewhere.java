package nl.techniekpact.cms.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;
import nl.techniekpact.cms.backoffice.web.Texts;
import nl.techniekpact.cms.security.authentication.LoginService;
import nl.techniekpact.cms.security.authentication.OwnSessions;

/**
 * "Overal elders afmelden" on the account page ({@code /beheer/account.xhtml}, ADR 0049): ends the
 * editor's back-office sessions in every other browser and on every other device; this one stays.
 * The current password is asked first ({@link CurrentPassword}), as OWASP ASVS 3.3.4 asks: someone
 * using a session left open cannot sign the editor out everywhere else, again and again.
 */
@Named
@RequestScoped
public class SignOutElsewhere {

  /** The form's id in the page. */
  static final String FORM = "sessions";

  @Inject private OwnSessions sessions;
  @Inject private LoginService logins;
  @Inject private SecurityContext security;
  @Inject private HttpServletRequest request;

  private String password;

  /** Ends the other sessions and says so, or shows why not beside the password field. */
  public String submit() {
    try {
      if (!CurrentPassword.checked(
          logins, security.getCallerPrincipal().getName(), password, FORM + ":password")) {
        return null;
      }
      sessions.endOthers(request);
      Texts.done("sessions.endedOthers");
      return "/beheer/account.xhtml?faces-redirect=true";
    } catch (TransactionalException e) {
      // the account changed at the same moment (such as a sign-in with a code)
      Texts.error(null, "sessions.error.busy");
      return null;
    } finally {
      password = null;
    }
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
