package nl.techniekpact.cms.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand, in UTC. */
public final class MovingClock extends Clock {

  private Instant now;

  /** A clock at {@code start}. */
  public MovingClock(Instant start) {
    this.now = start;
  }

  /** Sets the time. */
  public void set(Instant moment) {
    now = moment;
  }

  /** Moves the time on. */
  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
