package nl.techniekpact.cms.security.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void namesAreOneToAHundredCharactersWithoutControlCharacters() {
    assertThat(ApiToken.isValidName("partner site")).isTrue();
    assertThat(ApiToken.isValidName("x".repeat(100))).isTrue();
    assertThat(ApiToken.isValidName("  padded  ")).isTrue();
    assertThat(ApiToken.isValidName(null)).isFalse();
    assertThat(ApiToken.isValidName("   ")).isFalse();
    assertThat(ApiToken.isValidName("x".repeat(101))).isFalse();
    assertThat(ApiToken.isValidName("line\nbreak")).isFalse();
  }

  @Test
  void newTokenKeepsTheStrippedNameAndRefusesABadOne() {
    ApiToken token = new ApiToken(null, "  site  ", "hash", NOW);

    assertThat(token.getName()).isEqualTo("site");
    assertThat(token.getCreatedAt()).isEqualTo(NOW);
    assertThat(token.getLastUsedAt()).isNull();
    assertThatThrownBy(() -> new ApiToken(null, "", "hash", NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void useIsRecordedAtMostOncePerMinute() {
    ApiToken token = new ApiToken(null, "site", "hash", NOW);

    assertThat(token.usedAt(NOW)).isTrue();
    assertThat(token.usedAt(NOW.plusSeconds(30))).isFalse();
    assertThat(token.getLastUsedAt()).isEqualTo(NOW);
    assertThat(token.usedAt(NOW.plus(Duration.ofMinutes(1)))).isTrue();
    assertThat(token.getLastUsedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
  }
}
