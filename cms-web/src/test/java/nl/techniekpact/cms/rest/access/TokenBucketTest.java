package nl.techniekpact.cms.rest.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void fullBucketLetsABurstOfItsCapacityThroughThenRefuses() {
    TokenBucket bucket = new TokenBucket(3, 1.0, 0);

    assertThat(bucket.take(0)).isZero();
    assertThat(bucket.take(0)).isZero();
    assertThat(bucket.take(0)).isZero();
    assertThat(bucket.take(0)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void refusalSaysHowLongUntilTheNextToken() {
    TokenBucket bucket = new TokenBucket(1, 0.5, 0);
    bucket.take(0);

    assertThat(bucket.take(SECOND)).isEqualTo(Duration.ofSeconds(1));
    assertThat(bucket.take(2 * SECOND)).isZero();
  }

  @Test
  void refillsAtItsRateButNeverBeyondCapacity() {
    TokenBucket bucket = new TokenBucket(2, 10.0, 0);
    bucket.take(0);
    bucket.take(0);

    assertThat(bucket.take(SECOND / 10)).as("one token after 100 ms").isZero();
    assertThat(bucket.take(SECOND / 10)).isPositive();
    assertThat(bucket.isFull(100 * SECOND)).isTrue();
    assertThat(bucket.take(100 * SECOND)).isZero();
    assertThat(bucket.take(100 * SECOND)).isZero();
    assertThat(bucket.take(100 * SECOND)).as("capacity caps the refill").isPositive();
  }

  @Test
  void aClockGoingBackwardsChangesNothing() {
    TokenBucket bucket = new TokenBucket(1, 1.0, 10 * SECOND);
    bucket.take(10 * SECOND);

    assertThat(bucket.take(5 * SECOND)).isPositive();
    assertThat(bucket.take(11 * SECOND)).isZero();
  }

  @Test
  void capacityAndRefillMustBePositive() {
    assertThatThrownBy(() -> new TokenBucket(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TokenBucket(1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
