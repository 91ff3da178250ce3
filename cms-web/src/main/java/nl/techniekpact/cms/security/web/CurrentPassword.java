package nl.techniekpact.cms.security.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import nl.techniekpact.cms.backoffice.web.Texts;
import nl.techniekpact.cms.security.authentication.LoginOutcome;
import nl.techniekpact.cms.security.authentication.LoginService;

/**
 * The signed-in editor's current password, asked again on their own forms before a change ({@link
 * ChangeOwnPassword}, {@link OwnTwoStep}, {@link SignOutElsewhere}). It is checked by {@link
 * LoginService} like a login, so wrong guesses count towards the same lockout: a session left open
 * on a shared computer cannot be used to try passwords.
 */
final class CurrentPassword {

  private CurrentPassword() {}

  /**
   * Whether {@code password} is the editor's, sent from the current JSF request's client address;
   * if not, says why beside the field {@code clientId}. With two-step sign-in on, a right password
   * is {@link LoginOutcome.CodeNeeded}: the editor is signed in already.
   */
  static boolean checked(LoginService logins, String username, String password, String clientId) {
    LoginOutcome checked = logins.attempt(username, password, clientAddress());
    if (checked instanceof LoginOutcome.Success || checked instanceof LoginOutcome.CodeNeeded) {
      return true;
    }
    if (checked instanceof LoginOutcome.Locked locked) {
      Texts.error(clientId, "login.locked", locked.minutes());
    } else {
      Texts.error(clientId, "account.error.PASSWORD_WRONG");
    }
    return false;
  }

  /** The client address of the current JSF request. */
  static String clientAddress() {
    return ((HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .getRemoteAddr();
  }
}
