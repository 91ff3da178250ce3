package nl.techniekpact.cms.security.twostep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.cms.security.account.Account;
import nl.techniekpact.cms.security.account.AccountQuery;
import nl.techniekpact.cms.security.account.AccountRepository;
import nl.techniekpact.cms.security.account.RecordedAccountAudit;
import org.junit.jupiter.api.Test;

class TwoStepSignInTest {

  private static final Instant NOW = Instant.parse("2026-11-30T09:00:10Z");

  private final Account eva =
      new Account("eva", "Eva Editor", "hash", Set.of(Roles.NATIONAL_EDITOR), Set.of());
  private final RecordedAccountAudit audit = new RecordedAccountAudit();
  private final TwoStepSignIn twoStep =
      new TwoStepSignIn(new OneAccount(eva), audit, Clock.fixed(NOW, ZoneOffset.UTC));

  private List<String> turnedOn(String secret) {
    int before = eva.sessionGeneration();
    TwoStepSignIn.TurnedOn on = twoStep.turnOn("eva", secret, OneTimeCodes.codeAt(secret, NOW));
    assertThat(on.sessionGeneration())
        .as("the sessions signed in with the password alone end")
        .isEqualTo(before + 1);
    return on.recoveryCodes();
  }

  @Test
  void aSetUpIsNotStoredAndAWrongFirstCodeLeavesItOff() {
    TwoStepSignIn.Setup setup = twoStep.setUp("Eva");

    assertThat(setup.appAddress()).startsWith("otpauth://totp/Techniekpact%20CMS:eva?secret=");
    assertThat(eva.isTwoStepOn()).isFalse();
    assertThatThrownBy(() -> twoStep.turnOn("eva", setup.secret(), "000000"))
        .isInstanceOf(TwoStepSignIn.WrongCodeException.class);
    assertThat(twoStep.state("eva")).isEqualTo(TwoStepSignIn.State.OFF);
  }

  @Test
  void theFirstRightCodeTurnsItOnWithTenRecoveryCodesAndIsNotAcceptedAgain() {
    String secret = twoStep.setUp("eva").secret();

    List<String> recovery = turnedOn(secret);

    assertThat(recovery).hasSize(10);
    assertThat(twoStep.state("eva")).isEqualTo(new TwoStepSignIn.State(true, NOW, 10));
    assertThat(twoStep.check("eva", OneTimeCodes.codeAt(secret, NOW)))
        .as("the code that confirmed the app")
        .isEqualTo(TwoStepSignIn.Verdict.REFUSED);
    assertThat(twoStep.check("eva", OneTimeCodes.codeAt(secret, NOW.plusSeconds(30))))
        .isEqualTo(TwoStepSignIn.Verdict.APP_CODE);
    assertThat(twoStep.check("eva", OneTimeCodes.codeAt(secret, NOW.plusSeconds(30))))
        .as("the same code twice")
        .isEqualTo(TwoStepSignIn.Verdict.REFUSED);
    assertThatThrownBy(() -> turnedOn(secret)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRecoveryCodeWorksOnceAndNewCodesReplaceTheOldOnes() {
    List<String> recovery = turnedOn(twoStep.setUp("eva").secret());

    assertThat(twoStep.check("eva", recovery.get(3).toUpperCase()))
        .isEqualTo(TwoStepSignIn.Verdict.RECOVERY_CODE);
    assertThat(twoStep.check("eva", recovery.get(3))).isEqualTo(TwoStepSignIn.Verdict.REFUSED);
    assertThat(twoStep.state("eva").recoveryCodesLeft()).isEqualTo(9);

    List<String> renewed = twoStep.newRecoveryCodes("eva");

    assertThat(twoStep.check("eva", recovery.get(4))).isEqualTo(TwoStepSignIn.Verdict.REFUSED);
    assertThat(twoStep.check("eva", renewed.get(0))).isEqualTo(TwoStepSignIn.Verdict.RECOVERY_CODE);
  }

  @Test
  void turnedOffNoCodeIsAskedOrAcceptedAndItCanBeSetUpAnew() {
    String secret = twoStep.setUp("eva").secret();
    List<String> recovery = turnedOn(secret);

    assertThat(twoStep.turnOff("eva")).isTrue();

    assertThat(twoStep.isOn("eva")).isFalse();
    assertThat(twoStep.check("eva", recovery.get(0))).isEqualTo(TwoStepSignIn.Verdict.REFUSED);
    assertThat(twoStep.check("eva", OneTimeCodes.codeAt(secret, NOW.plusSeconds(30))))
        .isEqualTo(TwoStepSignIn.Verdict.REFUSED);
    assertThat(twoStep.turnOff("eva")).isFalse();
    assertThat(turnedOn(twoStep.setUp("eva").secret())).hasSize(10);
  }

  @Test
  void turningOnAndOffNewRecoveryCodesAndAUsedRecoveryCodeAreRecorded() {
    String secret = twoStep.setUp("eva").secret();
    assertThatThrownBy(() -> twoStep.turnOn("eva", secret, "000000"))
        .isInstanceOf(TwoStepSignIn.WrongCodeException.class);
    List<String> recovery = turnedOn(secret);
    assertThat(twoStep.check("eva", OneTimeCodes.codeAt(secret, NOW.plusSeconds(30))))
        .isEqualTo(TwoStepSignIn.Verdict.APP_CODE);
    assertThat(twoStep.check("eva", recovery.get(0)))
        .isEqualTo(TwoStepSignIn.Verdict.RECOVERY_CODE);
    twoStep.newRecoveryCodes("eva");
    twoStep.turnOff("eva");
    twoStep.turnOff("eva");

    assertThat(audit.entries())
        .as("an app code is not recorded; a recovery code is, by the account signing in")
        .containsExactly(
            "caller two-step-on eva",
            "eva recovery-code-used eva",
            "caller recovery-codes eva",
            "caller two-step-off eva");
    assertThat(audit.details()).containsExactly("null", "9 left", "null", "null");
    assertThat(String.join(" ", audit.details()))
        .doesNotContain(secret)
        .doesNotContain(recovery.get(0));
  }

  @Test
  void anUnknownAccountHasItOffAndNoCodeIsAccepted() {
    assertThat(twoStep.isOn("nobody")).isFalse();
    assertThat(twoStep.check("nobody", "123456")).isEqualTo(TwoStepSignIn.Verdict.REFUSED);
  }

  /** The accounts of a test: one. */
  record OneAccount(Account account) implements AccountRepository {

    @Override
    public Optional<Account> findByUsername(String username) {
      return Optional.of(account)
          .filter(a -> a.getUsername().equals(Account.normalizeUsername(username)));
    }

    @Override
    public List<Account> find(AccountQuery query, int first, int max) {
      return List.of(account);
    }

    @Override
    public long count(AccountQuery query) {
      return 1;
    }

    @Override
    public long count() {
      return 1;
    }

    @Override
    public void add(Account account) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void signedIn(String username, java.time.Instant moment) {
      throw new UnsupportedOperationException();
    }
  }
}
