package nl.techniekpact.cms.security.authentication;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * {@link FailureCounts} in this node's memory, bounded: records past their time are dropped when
 * the map grows beyond {@link #MAX_ENTRIES}.
 */
final class LocalFailureCounts implements FailureCounts {

  static final int MAX_ENTRIES = 100_000;

  private record Stored(long[] value, Instant forgetAfter) {}

  private final Map<String, Stored> entries = new ConcurrentHashMap<>();

  @Override
  public long[] get(String key) {
    Stored stored = entries.get(key);
    return stored == null ? null : stored.value().clone();
  }

  @Override
  public void update(String key, UnaryOperator<long[]> change, Instant forgetAfter) {
    entries.compute(
        key,
        (k, old) -> {
          long[] next = change.apply(old == null ? null : old.value().clone());
          return next == null ? null : new Stored(next, forgetAfter);
        });
    if (entries.size() > MAX_ENTRIES) {
      Instant now = Instant.now();
      entries.values().removeIf(stored -> stored.forgetAfter().isBefore(now));
    }
  }

  @Override
  public void remove(String key) {
    entries.remove(key);
  }

  int size() {
    return entries.size();
  }
}
