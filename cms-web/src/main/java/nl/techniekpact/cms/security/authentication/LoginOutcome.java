package nl.techniekpact.cms.security.authentication;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Duration;

/** What came of one login attempt. */
public sealed interface LoginOutcome {

  /** The request attribute under which the mechanism leaves the outcome for the login page. */
  String ATTRIBUTE = LoginOutcome.class.getName();

  /** Signed in. */
  record Success(CredentialValidationResult result) implements LoginOutcome {}

  /** Username or password missing; nothing was checked or counted. */
  record MissingInput() implements LoginOutcome {}

  /** Wrong username or password, or a disabled account (deliberately not told apart). */
  record Invalid() implements LoginOutcome {}

  /** Too many failures: locked out for {@code retryAfter}; the password was not checked. */
  record Locked(Duration retryAfter) implements LoginOutcome {

    /** Whole minutes to wait, at least one, for messages. */
    public long minutes() {
      return Math.max(1, (retryAfter.getSeconds() + 59) / 60);
    }
  }
}
