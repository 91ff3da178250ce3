package nl.techniekpact.cms.security.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretsTest {

  @Test
  void generatedTokensHaveThePrefixAnd256RandomBitsInBase64Url() {
    String token = TokenSecrets.generate();

    assertThat(token).startsWith("tpk_").hasSize(4 + 43);
    assertThat(TokenSecrets.isWellFormed(token)).isTrue();
    assertThat(java.util.Base64.getUrlDecoder().decode(token.substring(4))).hasSize(32);
  }

  @Test
  void generatedTokensDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      assertThat(seen.add(TokenSecrets.generate())).isTrue();
    }
  }

  @Test
  void hashIsTheSha256InLowerCaseHex() {
    assertThat(TokenSecrets.hash("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void hashDiffersPerTokenAndIsStable() {
    String token = TokenSecrets.generate();

    assertThat(TokenSecrets.hash(token)).isEqualTo(TokenSecrets.hash(token)).hasSize(64);
    assertThat(TokenSecrets.hash(token)).isNotEqualTo(TokenSecrets.hash(TokenSecrets.generate()));
  }

  @Test
  void malformedTokensAreRecognisedWithoutALookUp() {
    assertThat(TokenSecrets.isWellFormed(null)).isFalse();
    assertThat(TokenSecrets.isWellFormed("")).isFalse();
    assertThat(TokenSecrets.isWellFormed("tpk_short")).isFalse();
    assertThat(TokenSecrets.isWellFormed("xyz_" + "A".repeat(43))).isFalse();
    assertThat(TokenSecrets.isWellFormed("tpk_" + "A".repeat(42) + "=")).isFalse();
    assertThat(TokenSecrets.isWellFormed("tpk_" + "A".repeat(44))).isFalse();
  }
}
