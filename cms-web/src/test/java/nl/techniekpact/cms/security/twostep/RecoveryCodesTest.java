package nl.techniekpact.cms.security.twostep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

  @Test
  void tenDifferentCodesOfTwoGroupsOfFiveWithoutLookAlikes() {
    List<String> codes = RecoveryCodes.generate();

    assertThat(codes).hasSize(RecoveryCodes.COUNT).doesNotHaveDuplicates();
    assertThat(codes).allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
    assertThat(String.join("", codes)).doesNotContain("0", "1", "o", "l", "i");
    assertThat(new HashSet<>(RecoveryCodes.generate())).doesNotContainAnyElementsOf(codes);
  }

  @Test
  void aCodeIsRecognisedAndHashedTheSameWithoutItsDashInCapitalsOrWithSpaces() {
    String code = RecoveryCodes.generate().get(0);
    String typedOtherwise = " " + code.replace("-", " ").toUpperCase() + " ";

    assertThat(RecoveryCodes.looksLikeOne(code)).isTrue();
    assertThat(RecoveryCodes.looksLikeOne(typedOtherwise)).isTrue();
    assertThat(RecoveryCodes.hash(typedOtherwise)).isEqualTo(RecoveryCodes.hash(code)).hasSize(64);
  }

  @Test
  void aCodeOfTheAppIsNotTakenForARecoveryCode() {
    assertThat(RecoveryCodes.looksLikeOne("287082")).isFalse();
    assertThat(RecoveryCodes.looksLikeOne("abcde-fghj")).isFalse();
    assertThat(RecoveryCodes.looksLikeOne("abcde-fgh0k")).as("0 is not in the alphabet").isFalse();
    assertThat(RecoveryCodes.looksLikeOne(null)).isFalse();
  }
}
