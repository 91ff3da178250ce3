package nl.techniekpact.cms.security.authentication;

import com.hazelcast.map.IMap;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * {@link FailureCounts} in a map of the cluster's data grid: every node sees and changes the same
 * records, under the grid's per-key lock; each record expires by itself when its time is up. The
 * values are {@code long[]}, which the grid stores without needing this war's classes.
 */
final class GridFailureCounts implements FailureCounts {

  /** The data grid map's name. */
  static final String MAP = "techniekpact-cms.login-failures";

  private final IMap<String, long[]> map;

  GridFailureCounts(IMap<String, long[]> map) {
    this.map = map;
  }

  @Override
  public long[] get(String key) {
    return map.get(key);
  }

  @Override
  public void update(String key, UnaryOperator<long[]> change, Instant forgetAfter) {
    map.lock(key);
    try {
      long[] next = change.apply(map.get(key));
      if (next == null) {
        map.delete(key);
      } else {
        long ttl = Math.max(1, Duration.between(Instant.now(), forgetAfter).toMillis());
        map.set(key, next, ttl, TimeUnit.MILLISECONDS);
      }
    } finally {
      map.unlock(key);
    }
  }

  @Override
  public void remove(String key) {
    map.delete(key);
  }
}
