package nl.techniekpact.cms.security.twostep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.techniekpact.cms.security.account.Account;
import nl.techniekpact.cms.security.account.AccountAudit;
import nl.techniekpact.cms.security.account.AccountRepository;

/**
 * The use cases of two-step sign-in (ADR 0048) on an account: set it up and turn it on with a first
 * code, check the code asked after the password (a code from the app, or a recovery code, which is
 * then used up), make new recovery codes, and turn it off, by the editor with a code or by an
 * administrator without one ({@code AccountAdministration} checks the role).
 *
 * <p>A code is accepted once: the account keeps the step of the last one, and two requests with the
 * same code meet the account's optimistic lock, so one of them fails. Throttling failed codes is
 * the caller's ({@code LoginService}).
 */
@ApplicationScoped
public class TwoStepSignIn {

  /** The name authenticator apps list the account under, before the username. */
  public static final String ISSUER = "Techniekpact CMS";

  private static final Logger LOG = Logger.getLogger(TwoStepSignIn.class.getName());

  @Inject private AccountRepository accounts;
  @Inject private AccountAudit audit;

  private Clock clock = Clock.systemUTC();

  /** For CDI. */
  public TwoStepSignIn() {}

  /** A service on these accounts, recording in this audit, on this clock (tests). */
  TwoStepSignIn(AccountRepository accounts, AccountAudit audit, Clock clock) {
    this.accounts = accounts;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * A new secret for the editor's app, not stored until {@link #turnOn} confirms it.
   *
   * @param secret the secret in Base32, for typing it in
   * @param appAddress the {@code otpauth://} address, for the QR code
   */
  public record Setup(String secret, String appAddress) {}

  /**
   * Two-step sign-in just turned on: the recovery codes to show once, and the account's session
   * generation after it (ADR 0049).
   */
  public record TurnedOn(List<String> recoveryCodes, int sessionGeneration) {}

  /** What an account's two-step sign-in is like now. */
  public record State(boolean on, Instant since, int recoveryCodesLeft) {

    /** Off. */
    public static final State OFF = new State(false, null, 0);
  }

  /** What a code typed after the password was. */
  public enum Verdict {
    /** A code of the app, not used before. */
    APP_CODE,
    /** One of the account's recovery codes, now used up. */
    RECOVERY_CODE,
    /** Neither, or two-step sign-in is off. */
    REFUSED
  }

  /** A new secret to show to {@code username}'s app. */
  public Setup setUp(String username) {
    String secret = OneTimeCodes.newSecret();
    return new Setup(
        secret, OneTimeCodes.appAddress(ISSUER, Account.normalizeUsername(username), secret));
  }

  /** The account's state; off for an unknown account. */
  @Transactional
  public State state(String username) {
    return accounts
        .findByUsername(username)
        .filter(Account::isTwoStepOn)
        .map(a -> new State(true, a.getTwoStepSince(), a.recoveryCodesLeft()))
        .orElse(State.OFF);
  }

  /** Whether a code is asked after {@code username}'s password. */
  @Transactional
  public boolean isOn(String username) {
    return accounts.findByUsername(username).map(Account::isTwoStepOn).orElse(false);
  }

  /**
   * Turns two-step sign-in on with the secret of {@link #setUp}, once {@code code} shows that the
   * app has it.
   *
   * @return the new recovery codes, to be shown this once, and the account's session generation now
   *     (turning it on ends the account's sessions, ADR 0049)
   * @throws WrongCodeException when the code is not the app's current one
   * @throws IllegalStateException when the account does not exist or has it on already
   */
  @Transactional
  public TurnedOn turnOn(String username, String secret, String code) {
    Account account = account(username);
    if (account.isTwoStepOn()) {
      throw new IllegalStateException("Two-step sign-in is on already for " + username);
    }
    OptionalLong step =
        OneTimeCodes.matchingStep(secret, code, clock.instant(), account.lastAcceptedStep());
    if (step.isEmpty()) {
      throw new WrongCodeException();
    }
    List<String> recovery = RecoveryCodes.generate();
    account.turnOnTwoStep(secret, clock.instant(), step.getAsLong(), hashes(recovery));
    audit.record(account, AccountAudit.Action.TWO_STEP_ON, null);
    LOG.info(() -> "Two-step sign-in turned on for " + account.getUsername());
    return new TurnedOn(recovery, account.sessionGeneration());
  }

  /**
   * Checks a code typed after the password: a code of the app for now and not used before, or a
   * recovery code of the account, which is then used up.
   */
  @Transactional
  public Verdict check(String username, String typed) {
    Account account = accounts.findByUsername(username).orElse(null);
    if (account == null || !account.isTwoStepOn()) {
      return Verdict.REFUSED;
    }
    OptionalLong step =
        OneTimeCodes.matchingStep(
            account.getTwoStepSecret(), typed, clock.instant(), account.lastAcceptedStep());
    if (step.isPresent()) {
      account.acceptedStep(step.getAsLong());
      return Verdict.APP_CODE;
    }
    if (RecoveryCodes.looksLikeOne(typed) && account.useRecoveryCode(RecoveryCodes.hash(typed))) {
      audit.recordBy(
          account.getUsername(),
          account,
          AccountAudit.Action.RECOVERY_CODE_USED,
          account.recoveryCodesLeft() + " left");
      LOG.info(
          () ->
              "A recovery code was used to sign in as "
                  + account.getUsername()
                  + "; "
                  + account.recoveryCodesLeft()
                  + " left");
      return Verdict.RECOVERY_CODE;
    }
    return Verdict.REFUSED;
  }

  /**
   * Replaces the account's recovery codes by new ones.
   *
   * @return the new codes, to be shown this once
   * @throws IllegalStateException when two-step sign-in is off
   */
  @Transactional
  public List<String> newRecoveryCodes(String username) {
    Account account = account(username);
    if (!account.isTwoStepOn()) {
      throw new IllegalStateException("Two-step sign-in is off for " + username);
    }
    List<String> recovery = RecoveryCodes.generate();
    account.replaceRecoveryCodes(hashes(recovery));
    audit.record(account, AccountAudit.Action.RECOVERY_CODES, null);
    LOG.info(() -> "New recovery codes made for " + account.getUsername());
    return recovery;
  }

  /**
   * Turns two-step sign-in off: the password alone signs in again.
   *
   * @return whether it was on
   */
  @Transactional
  public boolean turnOff(String username) {
    Account account = account(username);
    boolean wasOn = account.isTwoStepOn();
    account.turnOffTwoStep();
    if (wasOn) {
      audit.record(account, AccountAudit.Action.TWO_STEP_OFF, null);
      LOG.info(() -> "Two-step sign-in turned off for " + account.getUsername());
    }
    return wasOn;
  }

  private Account account(String username) {
    return accounts
        .findByUsername(username)
        .orElseThrow(() -> new IllegalStateException("No account " + username));
  }

  private static Set<String> hashes(List<String> codes) {
    return codes.stream().map(RecoveryCodes::hash).collect(Collectors.toSet());
  }

  /** The code typed was not the app's current one. */
  public static final class WrongCodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WrongCodeException() {
      super("Not the app's current code");
    }
  }
}
