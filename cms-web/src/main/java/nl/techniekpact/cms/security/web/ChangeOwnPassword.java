package nl.techniekpact.cms.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import nl.techniekpact.cms.backoffice.web.Texts;
import nl.techniekpact.cms.security.account.AccountRegistration;
import nl.techniekpact.cms.security.account.InvalidAccountException;
import nl.techniekpact.cms.security.authentication.LoginService;
import nl.techniekpact.cms.security.authentication.OwnSessions;

/**
 * Changes the signed-in account's own password ({@code /beheer/account.xhtml}): the current
 * password, the new one twice. The rules are {@link AccountRegistration}'s; the account is always
 * the caller's, never one named in the request. The current password is checked by {@link
 * LoginService} like a login, so wrong guesses count towards the same lockout: a session left open
 * on a shared computer cannot be used to try passwords. The editor's other sessions end; this one
 * stays (ADR 0049).
 */
@Named
@RequestScoped
public class ChangeOwnPassword {

  /** The form's id in the page. */
  static final String FORM = "ownPassword";

  @Inject private SecurityContext security;
  @Inject private AccountRegistration registration;
  @Inject private LoginService logins;
  @Inject private HttpServletRequest request;
  @Inject private OwnSessions sessions;

  private String currentPassword;
  private String password;
  private String repeated;

  /** Changes the password, or shows why not beside the field. */
  public String submit() {
    char[] current = chars(currentPassword);
    char[] next = chars(password);
    try {
      if (!Arrays.equals(next, chars(repeated))) {
        Texts.error(FORM + ":repeated", "account.error.PASSWORD_MISMATCH");
        return null;
      }
      String username = security.getCallerPrincipal().getName();
      if (!CurrentPassword.checked(logins, username, currentPassword, FORM + ":currentPassword")) {
        return null;
      }
      sessions.keepThis(request, registration.changeOwnPassword(username, current, next));
      Texts.done("account.passwordChanged");
      return "/beheer/account.xhtml?faces-redirect=true";
    } catch (InvalidAccountException e) {
      AccountErrors.show(FORM, e);
      return null;
    } finally {
      AccountRegistration.wipe(current);
      AccountRegistration.wipe(next);
      currentPassword = null;
      password = null;
      repeated = null;
    }
  }

  private static char[] chars(String value) {
    return value == null ? new char[0] : value.toCharArray();
  }

  public String getCurrentPassword() {
    return null;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeated() {
    return null;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
