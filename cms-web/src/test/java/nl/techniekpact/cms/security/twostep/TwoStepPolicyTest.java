package nl.techniekpact.cms.security.twostep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.techniekpact.cms.security.Roles;
import org.junit.jupiter.api.Test;

class TwoStepPolicyTest {

  @Test
  void anAccountWithAnyRequiredRoleMustSignInInTwoSteps() {
    TwoStepPolicy administrators = new TwoStepPolicy(Set.of(Roles.ADMINISTRATOR));

    assertThat(administrators.requiresAny()).isTrue();
    assertThat(administrators.requiredFor(List.of(Roles.PLUGIN_ADMIN, Roles.ADMINISTRATOR)))
        .isTrue();
    assertThat(administrators.requiredFor(List.of(Roles.NATIONAL_EDITOR))).isFalse();
    assertThat(administrators.requiredFor(List.of())).isFalse();
  }

  @Test
  void byDefaultNoRoleIsRequiredToSignInInTwoSteps() {
    TwoStepPolicy none = new TwoStepPolicy(Set.of());

    assertThat(none.requiresAny()).isFalse();
    assertThat(none.requiredFor(Roles.ALL)).isFalse();
  }
}
