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
  void keepsAtMostItsLimitDroppingExpiredOnesFirst() {
    recent.add("old".toCharArray(), STORED);
    clock.advance(RecentVerifications.KEPT);
    for (int i = 1; i < RecentVerifications.MAX_ENTRIES; i++) {
      recent.add(("password-" + i).toCharArray(), STORED);
    }
    assertThat(recent.size()).isEqualTo(RecentVerifications.MAX_ENTRIES);

    recent.add("one-more".toCharArray(), STORED);

    assertThat(recent.size())
        .as("the expired one made room")
        .isEqualTo(RecentVerifications.MAX_ENTRIES);
    assertThat(recent.contains("password-1".toCharArray(), STORED)).isTrue();
    recent.add("and-another".toCharArray(), STORED);
    assertThat(recent.size()).as("none expired: all dropped, then this one kept").isEqualTo(1);
    assertThat(recent.contains("and-another".toCharArray(), STORED)).isTrue();
  }
}
