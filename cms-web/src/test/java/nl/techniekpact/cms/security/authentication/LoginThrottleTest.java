package nl.techniekpact.cms.security.authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import nl.techniekpact.cms.testing.MovingClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final MovingClock clock = new MovingClock(Instant.parse("2026-11-28T10:00:00Z"));
  private final LoginThrottle throttle =
      new LoginThrottle(
          new LoginThrottle.Settings(3, 10, Duration.ofMinutes(15), Duration.ofMinutes(10)), clock);

  @Test
  void fewerFailuresThanTheLimitDoNotLockOut() {
    throttle.failed("eva", "10.0.0.1");
    throttle.failed("eva", "10.0.0.1");

    assertThat(throttle.lockedFor("eva", "10.0.0.1")).isEmpty();
  }

  @Test
  void reachingTheLimitLocksTheUsernameForTheLockoutPeriod() {
    fail("eva", "10.0.0.1", 3);

    assertThat(throttle.lockedFor("eva", "10.0.0.1")).hasValue(Duration.ofMinutes(10));
    assertThat(throttle.lockedFor("EVA ", "10.0.0.2"))
        .as("case and address do not matter")
        .isPresent();
    assertThat(throttle.lockedFor("other", "10.0.0.2")).isEmpty();
  }

  @Test
  void lockoutEndsAfterTheLockoutPeriod() {
    fail("eva", "10.0.0.1", 3);

    clock.advance(Duration.ofMinutes(9));
    assertThat(throttle.lockedFor("eva", "10.0.0.1")).hasValue(Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(1));
    assertThat(throttle.lockedFor("eva", "10.0.0.1")).isEmpty();
  }

  @Test
  void failuresOutsideTheWindowDoNotCount() {
    fail("eva", "10.0.0.1", 2);
    clock.advance(Duration.ofMinutes(16));
    fail("eva", "10.0.0.1", 2);

    assertThat(throttle.lockedFor("eva", "10.0.0.1")).isEmpty();
  }

  @Test
  void successClearsTheUsernameCount() {
    fail("eva", "10.0.0.1", 2);
    throttle.succeeded("eva");
    fail("eva", "10.0.0.1", 2);

    assertThat(throttle.lockedFor("eva", "10.0.0.1")).isEmpty();
  }

  @Test
  void manyUsernamesFromOneAddressLockTheAddress() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("user" + i, "10.6.6.6");
    }

    assertThat(throttle.lockedFor("someone-new", "10.6.6.6")).isPresent();
    assertThat(throttle.lockedFor("someone-new", "10.0.0.1")).isEmpty();
  }

  @Test
  void successDoesNotClearTheAddressCount() {
    for (int i = 0; i < 9; i++) {
      throttle.failed("user" + i, "10.6.6.6");
    }
    throttle.succeeded("attacker");
    throttle.failed("user9", "10.6.6.6");

    assertThat(throttle.lockedFor("attacker", "10.6.6.6")).isPresent();
  }

  @Test
  void attemptsCountedBeforeTheirCheckLetNoBurstPastTheLimit() {
    // three guesses sent at once: each is counted before any is checked
    assertThat(throttle.tryAttempt("eva")).isTrue();
    assertThat(throttle.tryAttempt("eva")).isTrue();
    assertThat(throttle.tryAttempt("eva")).as("the attempt that reaches the limit").isTrue();

    assertThat(throttle.tryAttempt("eva")).as("the fourth of the burst").isFalse();
    assertThat(throttle.lockedFor("eva", "10.0.0.1")).hasValue(Duration.ofMinutes(10));
  }

  @Test
  void aRightAttemptClearsTheUsernamesCountAndAWrongOneCountsAgainstTheAddressToo() {
    throttle.tryAttempt("eva");
    throttle.tryAttempt("eva");
    throttle.succeeded("eva");

    assertThat(throttle.tryAttempt("eva")).isTrue();
    assertThat(throttle.tryAttempt("eva")).isTrue();
    assertThat(throttle.lockedFor("eva", "10.0.0.1")).isEmpty();

    for (int i = 0; i < 10; i++) {
      throttle.failedFrom("10.0.0.9");
    }
    assertThat(throttle.lockedFor("someone", "10.0.0.9")).isPresent();
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(
            () -> new LoginThrottle.Settings(0, 1, Duration.ofMinutes(1), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LoginThrottle.Settings(1, 1, Duration.ZERO, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lockedOutcomeRoundsMinutesUp() {
    assertThat(new LoginOutcome.Locked(Duration.ofSeconds(61)).minutes()).isEqualTo(2);
    assertThat(new LoginOutcome.Locked(Duration.ofSeconds(5)).minutes()).isEqualTo(1);
  }

  @Test
  void nodesSharingTheirCountsLockOutTogether() {
    FailureCounts shared = FailureCounts.local();
    LoginThrottle.Settings settings =
        new LoginThrottle.Settings(3, 10, Duration.ofMinutes(15), Duration.ofMinutes(10));
    LoginThrottle nodeA = new LoginThrottle(settings, clock, shared);
    LoginThrottle nodeB = new LoginThrottle(settings, clock, shared);

    nodeA.failed("editor", "192.0.2.1");
    nodeB.failed("editor", "192.0.2.2");
    assertThat(nodeA.lockedFor("editor", "192.0.2.3")).isEmpty();
    nodeA.failed("editor", "192.0.2.1");

    assertThat(nodeB.lockedFor("editor", "192.0.2.9")).contains(Duration.ofMinutes(10));
    assertThat(nodeA.lockedFor("editor", "192.0.2.9")).contains(Duration.ofMinutes(10));
  }

  @Test
  void localCountsForgetRecordsPastTheirTimeWhenFull() {
    LocalFailureCounts counts = new LocalFailureCounts();
    Instant past = Instant.now().minusSeconds(1);
    for (int i = 0; i <= LocalFailureCounts.MAX_ENTRIES; i++) {
      counts.update("u:" + i, old -> new long[] {0, 1}, past);
    }
    counts.update("u:fresh", old -> new long[] {0, 1}, Instant.now().plusSeconds(60));

    assertThat(counts.size()).isEqualTo(1);
    assertThat(counts.get("u:fresh")).containsExactly(0, 1);
  }

  private void fail(String username, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(username, address);
    }
  }
}
