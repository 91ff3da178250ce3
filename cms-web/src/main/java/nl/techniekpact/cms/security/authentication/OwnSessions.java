package nl.techniekpact.cms.security.authentication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import nl.techniekpact.cms.security.account.Account;
import nl.techniekpact.cms.security.account.AccountRegistration;

/**
 * The signed-in editor's own back-office sessions (ADR 0049): ends the others, and keeps the
 * current one signed in after the editor's own change that ended them all (a new password, two-step
 * sign-in turned on). The session kept gets a new id.
 */
@ApplicationScoped
public class OwnSessions {

  @Inject private AccountRegistration registration;

  /** Ends the caller's other sessions, in every browser and on every node; this one stays. */
  public void endOthers(HttpServletRequest request) {
    keepThis(request, registration.endSessions(caller(request)));
  }

  /**
   * Keeps this session signed in after the caller's own change ended their sessions.
   *
   * @param generation the account's session generation as the change left it (not read again: an
   *     end by someone else after the change must end this session too)
   */
  public void keepThis(HttpServletRequest request, int generation) {
    CmsAuthenticationMechanism.keepSignedIn(request, generation);
  }

  private static String caller(HttpServletRequest request) {
    if (request.getUserPrincipal() == null) {
      throw new IllegalStateException("Nobody is signed in");
    }
    return Account.normalizeUsername(request.getUserPrincipal().getName());
  }
}
