package nl.techniekpact.cms.security.twostep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.cms.security.account.Account;
import nl.techniekpact.cms.security.account.RecordedAccountAudit;
import org.junit.jupiter.api.Test;

class TwoStepPolicyTest {

  @Test
  void anAccountWithAnyRequiredRoleMustSignInInTwoSteps() {
    TwoStepPolicy administrators = new TwoStepPolicy(Set.of(Roles.ADMINISTRATOR), null);

    assertThat(administrators.requiresAny()).isTrue();
    assertThat(administrators.requiredFor(List.of(Roles.PLUGIN_ADMIN, Roles.ADMINISTRATOR)))
        .isTrue();
    assertThat(administrators.requiredFor(List.of(Roles.NATIONAL_EDITOR))).isFalse();
    assertThat(administrators.requiredFor(List.of())).isFalse();
  }

  @Test
  void anAccountIsHeldWhileItsRoleRequiresTwoStepSignInAndItIsOff() {
    Instant now = Instant.parse("2026-11-30T09:00:10Z");
    Account ada = new Account("ada", "Ada Admin", "hash", Set.of(Roles.ADMINISTRATOR), Set.of());
    TwoStepSignIn twoStep =
        new TwoStepSignIn(
            new TwoStepSignInTest.OneAccount(ada),
            new RecordedAccountAudit(),
            Clock.fixed(now, ZoneOffset.UTC));
    TwoStepPolicy administrators = new TwoStepPolicy(Set.of(Roles.ADMINISTRATOR), twoStep);

    assertThat(administrators.holds("ada", ada.getRoles())).isTrue();
    assertThat(
            new TwoStepPolicy(Set.of(Roles.NATIONAL_EDITOR), twoStep).holds("ada", ada.getRoles()))
        .isFalse();

    String secret = twoStep.setUp("ada").secret();
    twoStep.turnOn("ada", secret, OneTimeCodes.codeAt(secret, now));

    assertThat(administrators.holds("ada", ada.getRoles())).isFalse();
  }

  @Test
  void byDefaultNoRoleIsRequiredToSignInInTwoSteps() {
    TwoStepPolicy none = new TwoStepPolicy(Set.of(), null);

    assertThat(none.requiresAny()).isFalse();
    assertThat(none.requiredFor(Roles.ALL)).isFalse();
  }
}
