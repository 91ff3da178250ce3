package nl.techniekpact.cms.security.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

  private final JdkPbkdf2PasswordHash pbkdf2 = new JdkPbkdf2PasswordHash();

  @Test
  void theDecoyHasTheStoredFormOfARealHashWithTheSameParameters() {
    PasswordHashing hashing = new PasswordHashing(pbkdf2);
    hashing.initialize();
    String[] real = hashing.hash("correct-horse-battery".toCharArray()).split(":");
    String[] decoy = PasswordHashing.decoy(new SecureRandom()).split(":");

    assertThat(decoy).hasSize(4);
    assertThat(decoy[0]).isEqualTo(real[0]).isEqualTo("PBKDF2WithHmacSHA512");
    assertThat(decoy[1]).isEqualTo(real[1]).isEqualTo(String.valueOf(PasswordHashing.ITERATIONS));
    assertThat(Base64.getDecoder().decode(decoy[2]))
        .hasSameSizeAs(Base64.getDecoder().decode(real[2]));
    assertThat(Base64.getDecoder().decode(decoy[3]))
        .hasSameSizeAs(Base64.getDecoder().decode(real[3]));
  }

  @Test
  void noPasswordMatchesTheDecoyAndEachDecoyIsNew() {
    pbkdf2.initialize(PasswordHashing.PARAMETERS);
    String decoy = PasswordHashing.decoy(new SecureRandom());

    assertThat(pbkdf2.verify("".toCharArray(), decoy)).isFalse();
    assertThat(pbkdf2.verify("correct-horse-battery".toCharArray(), decoy)).isFalse();
    assertThat(PasswordHashing.decoy(new SecureRandom())).isNotEqualTo(decoy);
  }

  @Test
  void verifyingAgainstTheDecoyRunsTheDerivationWithoutFailing() {
    PasswordHashing hashing = new PasswordHashing(pbkdf2);
    hashing.initialize();

    assertThatCode(() -> hashing.verifyDecoy("whatever-was-typed".toCharArray()))
        .doesNotThrowAnyException();
  }
}
