package nl.techniekpact.cms.security.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import nl.techniekpact.cms.testing.MovingClock;
import org.junit.jupiter.api.Test;

class RecentVerificationsTest {

  private static final String STORED = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";

  private final MovingClock clock = new MovingClock(Instant.parse("2026-11-30T09:00:00Z"));
  private final RecentVerifications recent = new RecentVerifications(clock, new SecureRandom());

  @Test
  void keepsTheExactPasswordAndStoredHashOnly() {
    recent.add("correct-horse".toCharArray(), STORED);

    assertThat(recent.contains("correct-horse".toCharArray(), STORED)).isTrue();
    assertThat(recent.contains("correct-horsf".toCharArray(), STORED)).isFalse();
    assertThat(recent.contains("correct-horse".toCharArray(), STORED + "x"))
        .as("a new password's stored hash")
        .isFalse();
  }

  @Test
  void forgetsAVerificationAfterTheWindowWhetherOrNotItWasUsed() {
    recent.add("correct-horse".toCharArray(), STORED);
    clock.advance(RecentVerifications.KEPT.minusSeconds(1));
    assertThat(recent.contains("correct-horse".toCharArray(), STORED)).isTrue();

    clock.advance(Duration.ofSeconds(1));

    assertThat(recent.contains("correct-horse".toCharArray(), STORED)).isFalse();
    assertThat(recent.size()).as("removed when found expired").isZero();
  }

  @Test
  void dropsExpiredVerificationsNobodyAsksForAgainWithinAMinuteOfTheirWindow() {
    recent.add("signed-in-once".toCharArray(), STORED);
    clock.advance(RecentVerifications.KEPT.plusMinutes(1));

    recent.add("someone-else".toCharArray(), STORED);

    assertThat(recent.size()).isEqualTo(1);
    assertThat(recent.contains("someone-else".toCharArray(), STORED)).isTrue();
  }

  @Test
  void aClockSetBackDoesNotStretchTheWindow() {
    recent.add("correct-horse".toCharArray(), STORED);

    clock.advance(Duration.ofHours(-1));

    assertThat(recent.contains("correct-horse".toCharArray(), STORED)).isFalse();
  }

  @Test
  void whenFullItDropsExpiredOnesFirstAndOtherwiseKeepsNoMore() {
    recent.add("old".toCharArray(), STORED);
    clock.advance(RecentVerifications.KEPT.minusSeconds(30));
    for (int i = 1; i < RecentVerifications.MAX_ENTRIES; i++) {
      recent.add(("password-" + i).toCharArray(), STORED);
    }
    assertThat(recent.size()).isEqualTo(RecentVerifications.MAX_ENTRIES);
    clock.advance(Duration.ofSeconds(30));

    recent.add("one-more".toCharArray(), STORED);

    assertThat(recent.contains("one-more".toCharArray(), STORED))
        .as("the expired one made room")
        .isTrue();
    recent.add("and-another".toCharArray(), STORED);
    assertThat(recent.contains("and-another".toCharArray(), STORED))
        .as("none expired: not kept, so it is derived next time")
        .isFalse();
    assertThat(recent.contains("password-1".toCharArray(), STORED))
        .as("the ones kept stay")
        .isTrue();
    assertThat(recent.size()).isEqualTo(RecentVerifications.MAX_ENTRIES);
  }
}
