package nl.techniekpact.cms.security.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import nl.techniekpact.cms.security.Roles;
import org.junit.jupiter.api.Test;

/** Which changes of an account end its back-office sessions (ADR 0049). */
class AccountSessionsTest {

  private static Account account() {
    return new Account("eva", "Eva Editor", "hash-1", Set.of(Roles.NATIONAL_EDITOR), Set.of());
  }

  @Test
  void aNewPasswordEndsTheSessionsSignedInWithTheOldOne() {
    Account account = account();
    int before = account.sessionGeneration();

    account.changePasswordHash("hash-2");

    assertThat(account.sessionGeneration()).isEqualTo(before + 1);
  }

  @Test
  void endingTheSessionsMovesTheGenerationOnEachTime() {
    Account account = account();
    int before = account.sessionGeneration();

    account.endSessions();
    account.endSessions();

    assertThat(account.sessionGeneration()).isEqualTo(before + 2);
  }

  @Test
  void disablingEndsTheSessionsForGoodSoEnablingAgainDoesNotBringThemBack() {
    Account account = account();
    int before = account.sessionGeneration();

    account.disable();
    account.enable();

    assertThat(account.sessionGeneration()).isEqualTo(before + 1);
  }

  @Test
  void turningTwoStepSignInOnEndsTheSessionsSignedInWithThePasswordAlone() {
    Account account = account();
    int before = account.sessionGeneration();

    account.turnOnTwoStep("JBSWY3DPEHPK3PXP", Instant.now(), 1L, Set.of("h"));

    assertThat(account.sessionGeneration()).isEqualTo(before + 1);
  }

  @Test
  void changesThatTakeNothingFromTheSessionsLeaveThemAlone() {
    Account account = account();
    account.turnOnTwoStep("JBSWY3DPEHPK3PXP", Instant.now(), 1L, Set.of("h"));
    int before = account.sessionGeneration();

    account.rename("Eva de Editor");
    account.assignRoles(Set.of(Roles.ADMINISTRATOR), Set.of());
    account.acceptedStep(2L);
    account.useRecoveryCode("h");
    account.turnOffTwoStep();

    assertThat(account.sessionGeneration()).isEqualTo(before);
  }
}
