package nl.techniekpact.cms.pagecache;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand. */
final class MovingClock extends Clock {

  private Instant now;

  MovingClock(Instant start) {
    this.now = start;
  }

  void set(Instant moment) {
    now = moment;
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
