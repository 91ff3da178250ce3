package nl.techniekpact.cms.security.authentication;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.cms.cluster.ClusterGrid;
import nl.techniekpact.cms.security.twostep.TwoStepSignIn;
import org.eclipse.microprofile.config.Config;

/**
 * The one place a username and password are checked, for the API and the back office alike: refuses
 * missing input, applies the {@link LoginThrottle} (counting in the cluster's data grid when there
 * is one), then asks the identity stores. For an account that signs in in two steps (ADR 0048), a
 * right password leads to {@link LoginOutcome.CodeNeeded}, and {@link #attemptCode} checks the code
 * under the same throttle: a wrong code counts as a failed login of the username.
 */
@ApplicationScoped
public class LoginService {

  /** MicroProfile Config key: failed logins per username within the window before a lockout. */
  public static final String MAX_FAILURES = "cms.security.login.max-failures";

  /** MicroProfile Config key: failed logins per client address within the window. */
  public static final String MAX_FAILURES_PER_ADDRESS =
      "cms.security.login.max-failures-per-address";

  /** MicroProfile Config key: the window in which failures count, in seconds. */
  public static final String WINDOW_SECONDS = "cms.security.login.window-seconds";

  /** MicroProfile Config key: how long a lockout lasts, in seconds. */
  public static final String LOCKOUT_SECONDS = "cms.security.login.lockout-seconds";

  private static final Logger LOG = Logger.getLogger(LoginService.class.getName());

  @Inject private IdentityStoreHandler identityStores;
  @Inject private Config config;
  @Inject private ClusterGrid grid;
  @Inject private TwoStepSignIn twoStep;
  @Inject private AccountIdentityStore accounts;

  private LoginThrottle throttle;

  @PostConstruct
  void configure() {
    throttle =
        new LoginThrottle(
            new LoginThrottle.Settings(
                config.getOptionalValue(MAX_FAILURES, Integer.class).orElse(5),
                config.getOptionalValue(MAX_FAILURES_PER_ADDRESS, Integer.class).orElse(50),
                Duration.ofSeconds(
                    config.getOptionalValue(WINDOW_SECONDS, Long.class).orElse(900L)),
                Duration.ofSeconds(
                    config.getOptionalValue(LOCKOUT_SECONDS, Long.class).orElse(900L))),
            Clock.systemUTC(),
            grid.<String, long[]>map(GridFailureCounts.MAP)
                .<FailureCounts>map(GridFailureCounts::new)
                .orElseGet(FailureCounts::local));
  }

  /** Checks a username and password sent from {@code address}. */
  public LoginOutcome attempt(String username, String password, String address) {
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      return new LoginOutcome.MissingInput();
    }
    var locked = throttle.lockedFor(username, address);
    if (locked.isPresent()) {
      return new LoginOutcome.Locked(locked.get());
    }
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(username.strip(), password));
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      String caller = result.getCallerPrincipal().getName();
      if (twoStep.isOn(caller)) {
        return new LoginOutcome.CodeNeeded(caller);
      }
      throttle.succeeded(username);
      return new LoginOutcome.Success(result);
    }
    return failed(username, address);
  }

  /**
   * Checks a code of a signed-in editor's app or one of their recovery codes, typed on their own
   * page from {@code address}, under the same throttle as the sign-in.
   */
  public LoginOutcome attemptCode(String username, String code, String address) {
    return attemptCode(username, null, code, address);
  }

  /**
   * Checks the code typed after {@code username}'s password ({@link LoginOutcome.CodeNeeded}) from
   * {@code address}: a code of the account's app or one of its recovery codes. Refused also when
   * the account's sessions were ended since the password step ({@code generation}, ADR 0049): a new
   * password, for example, must be the one that signs in.
   */
  public LoginOutcome attemptCode(
      String username, Integer generation, String code, String address) {
    if (code == null || code.isBlank()) {
      return new LoginOutcome.MissingInput();
    }
    var locked = throttle.lockedFor(username, address);
    if (locked.isPresent()) {
      return new LoginOutcome.Locked(locked.get());
    }
    // counted before it is checked: a burst of guesses sent at once is counted guess by guess
    if (!throttle.tryAttempt(username)) {
      return throttle
          .lockedFor(username, address)
          .<LoginOutcome>map(LoginOutcome.Locked::new)
          .orElseGet(LoginOutcome.Invalid::new);
    }
    TwoStepSignIn.Verdict verdict;
    try {
      verdict = twoStep.check(username, code);
    } catch (TransactionalException e) {
      if (!sameCodeAtOnce(e)) {
        throw e;
      }
      verdict = TwoStepSignIn.Verdict.REFUSED;
    }
    if (verdict != TwoStepSignIn.Verdict.REFUSED) {
      Optional<CredentialValidationResult> current =
          generation == null
              ? accounts.stillSignedIn(username)
              : accounts.stillSignedIn(username, generation);
      if (current.isPresent()) {
        throttle.succeeded(username);
        return new LoginOutcome.Success(current.get());
      }
      if (generation != null && accounts.stillSignedIn(username).isPresent()) {
        // the right code, but the account's sessions were ended since the password step
        return new LoginOutcome.StartAgain();
      }
    }
    throttle.failedFrom(address);
    return lockedNow(username, address);
  }

  /** The same code sent twice at once: the account's optimistic lock let only one through. */
  private static boolean sameCodeAtOnce(TransactionalException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException
          || cause instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
        LOG.log(Level.FINE, "A code was refused at the commit: sent twice at once", e);
        return true;
      }
      if (cause == cause.getCause()) {
        break;
      }
    }
    return false;
  }

  private LoginOutcome failed(String username, String address) {
    throttle.failed(username, address);
    return lockedNow(username, address);
  }

  /** Locked, and logged, when the failures just counted locked out; otherwise invalid. */
  private LoginOutcome lockedNow(String username, String address) {
    var nowLocked = throttle.lockedFor(username, address);
    if (nowLocked.isPresent()) {
      LoginOutcome.Locked lockout = new LoginOutcome.Locked(nowLocked.get());
      LOG.warning(
          () ->
              "Login locked for "
                  + lockout.minutes()
                  + " min after repeated failures for a username or from address "
                  + address);
      return lockout;
    }
    return new LoginOutcome.Invalid();
  }
}
