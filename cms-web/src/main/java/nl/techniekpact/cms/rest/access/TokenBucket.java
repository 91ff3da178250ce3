package nl.techniekpact.cms.rest.access;

import java.time.Duration;

/**
 * A token bucket: holds up to {@code capacity} tokens, refills at {@code refillPerSecond}, and each
 * request takes one. A full bucket lets a burst of {@code capacity} through; after that requests
 * pass at the refill rate. Times are nanoseconds from any fixed origin ({@link System#nanoTime}),
 * passed in so the arithmetic is testable.
 *
 * <pre>{@code
 * TokenBucket bucket = new TokenBucket(300, 5.0, System.nanoTime());
 * Duration wait = bucket.take(System.nanoTime()); // ZERO: allowed; else how long until one is free
 * }</pre>
 */
public final class TokenBucket {

  private final double capacity;
  private final double refillPerNano;
  private double tokens;
  private long last;

  /** A full bucket. */
  public TokenBucket(int capacity, double refillPerSecond, long nowNanos) {
    if (capacity < 1 || !(refillPerSecond > 0)) {
      throw new IllegalArgumentException("Capacity and refill must be positive");
    }
    this.capacity = capacity;
    this.refillPerNano = refillPerSecond / 1e9;
    this.tokens = capacity;
    this.last = nowNanos;
  }

  /**
   * Takes a token if one is there.
   *
   * @return {@link Duration#ZERO} when taken, else how long until the next token (nothing taken)
   */
  public synchronized Duration take(long nowNanos) {
    refill(nowNanos);
    if (tokens >= 1) {
      tokens -= 1;
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) Math.ceil((1 - tokens) / refillPerNano));
  }

  /** Whether the bucket is full again at {@code nowNanos}, so forgetting it changes nothing. */
  public synchronized boolean isFull(long nowNanos) {
    refill(nowNanos);
    return tokens >= capacity;
  }

  private void refill(long nowNanos) {
    long elapsed = nowNanos - last;
    if (elapsed > 0) {
      tokens = Math.min(capacity, tokens + elapsed * refillPerNano);
      last = nowNanos;
    }
  }
}
