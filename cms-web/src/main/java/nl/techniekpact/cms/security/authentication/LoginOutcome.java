package nl.techniekpact.cms.security.authentication;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Duration;

/** What came of one login attempt. */
public sealed interface LoginOutcome {

  /** The request attribute under which the mechanism leaves the outcome for the login page. */
  String ATTRIBUTE = LoginOutcome.class.getName();

  /** Signed in. */
  record Success(CredentialValidationResult result) implements LoginOutcome {}

  /**
   * The password was right, and the account signs in in two steps (ADR 0048): a code is asked next.
   * Not signed in yet, and the failures counted so far stay until the code is right.
   */
  record CodeNeeded(String username) implements LoginOutcome {}

  /**
   * A code was sent without a password step before it in this session, or too long after it: sign
   * in again from the start.
   */
  record StartAgain() implements LoginOutcome {}

  /** Username or password missing; nothing was checked or counted. */
  record MissingInput() implements LoginOutcome {}

  /**
   * Wrong username or password, or a disabled account (deliberately not told apart); or, in the
   * second step, a wrong code.
   */
  record Invalid() implements LoginOutcome {}

  /** Too many failures: locked out for {@code retryAfter}; the password was not checked. */
  record Locked(Duration retryAfter) implements LoginOutcome {

    /** Whole minutes to wait, at least one, for messages. */
    public long minutes() {
      return Math.max(1, (retryAfter.getSeconds() + 59) / 60);
    }
  }
}
