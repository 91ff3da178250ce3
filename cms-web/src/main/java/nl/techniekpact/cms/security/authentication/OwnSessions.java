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
  @Inject private AccountIdentityStore accounts;

  /** Ends the caller's other sessions, in every browser and on every node; this one stays. */
  public void endOthers(HttpServletRequest request) {
    registration.endSessions(caller(request));
    keepThis(request);
  }

  /** Keeps this session signed in after the caller's own change ended their sessions. */
  public void keepThis(HttpServletRequest request) {
    CmsAuthenticationMechanism.keepSignedIn(request, accounts.sessionGeneration(caller(request)));
  }

  private static String caller(HttpServletRequest request) {
    if (request.getUserPrincipal() == null) {
      throw new IllegalStateException("Nobody is signed in");
    }
    return Account.normalizeUsername(request.getUserPrincipal().getName());
  }
}
