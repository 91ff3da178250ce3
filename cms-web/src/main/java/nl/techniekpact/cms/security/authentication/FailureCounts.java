package nl.techniekpact.cms.security.authentication;

import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * Where {@link LoginThrottle} keeps its records: one {@code long[]} per key ({@code [lockedUntil,
 * failure, failure, …]} in epoch milliseconds), changed atomically. {@link #local()} is this node's
 * memory; {@link GridFailureCounts} is the cluster's data grid, so that every node counts the same
 * failures.
 */
public interface FailureCounts {

  /** The record under {@code key}, or null. */
  long[] get(String key);

  /**
   * Replaces the record under {@code key} with {@code change} applied to it (null when there is
   * none), atomically across everyone sharing these counts; a null result removes it.
   *
   * @param forgetAfter when the record may be forgotten if nothing changes it again
   */
  void update(String key, UnaryOperator<long[]> change, Instant forgetAfter);

  /** Forgets the record under {@code key}. */
  void remove(String key);

  /** Counts kept in this node's memory. */
  static FailureCounts local() {
    return new LocalFailureCounts();
  }
}
