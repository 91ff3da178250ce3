package nl.techniekpact.cms.security.authentication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counts failed logins per username and per client address and locks either out for a while once
 * too many failures fall within the window. A success clears the username's count, never the
 * address's (an attacker's own account must not reset it). Unknown usernames are counted like known
 * ones, so a lockout does not tell whether an account exists.
 *
 * <p>The records are kept in {@link FailureCounts}: in a cluster the data grid's (every node counts
 * the same failures, see {@link GridFailureCounts}), on a single instance this node's memory (a
 * restart forgets them). Records are forgotten once neither window nor lockout needs them.
 */
public final class LoginThrottle {

  /** The limits. */
  public record Settings(
      int maxFailuresPerUsername, int maxFailuresPerAddress, Duration window, Duration lockout) {

    /** Checks the limits. */
    public Settings {
      if (maxFailuresPerUsername < 1 || maxFailuresPerAddress < 1) {
        throw new IllegalArgumentException("Failure limits must be at least 1");
      }
      if (window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero()) {
        throw new IllegalArgumentException("Window and lockout must be positive");
      }
    }
  }

  private final Settings settings;
  private final Clock clock;
  private final FailureCounts counts;

  /** A throttle with these limits on this clock, counting in this node's memory. */
  public LoginThrottle(Settings settings, Clock clock) {
    this(settings, clock, FailureCounts.local());
  }

  /** A throttle with these limits on this clock, counting in {@code counts}. */
  public LoginThrottle(Settings settings, Clock clock, FailureCounts counts) {
    this.settings = settings;
    this.clock = clock;
    this.counts = counts;
  }

  /** How long the username or the address is still locked out, if it is. */
  public Optional<Duration> lockedFor(String username, String address) {
    Instant now = clock.instant();
    Duration user = remaining(usernameKey(username), now);
    Duration addr = remaining(addressKey(address), now);
    Duration longest = user.compareTo(addr) >= 0 ? user : addr;
    return longest.isZero() ? Optional.empty() : Optional.of(longest);
  }

  /** Records a failed login. */
  public void failed(String username, String address) {
    Instant now = clock.instant();
    record(usernameKey(username), settings.maxFailuresPerUsername(), now);
    record(addressKey(address), settings.maxFailuresPerAddress(), now);
  }

  /**
   * Counts an attempt of {@code username} before it is checked, so that attempts sent at the same
   * time are each counted and no burst gets past the limit (the codes of two-step sign-in): false,
   * and nothing counted, when the username is locked out. The attempt that reaches the limit locks
   * out but still goes ahead; a right one clears the record ({@link #succeeded}). A wrong one is
   * then counted against the address with {@link #failedFrom}.
   */
  public boolean tryAttempt(String username) {
    Instant now = clock.instant();
    AtomicBoolean allowed = new AtomicBoolean();
    counts.update(
        usernameKey(username),
        entry -> {
          if (entry != null && entry[0] > now.toEpochMilli()) {
            allowed.set(false);
            return entry;
          }
          allowed.set(true);
          return counted(entry, settings.maxFailuresPerUsername(), now);
        },
        now.plus(kept()));
    return allowed.get();
  }

  /** Records a failed attempt from {@code address}, whose username was counted already. */
  public void failedFrom(String address) {
    record(addressKey(address), settings.maxFailuresPerAddress(), clock.instant());
  }

  /** Records a successful login: the username starts afresh. */
  public void succeeded(String username) {
    counts.remove(usernameKey(username));
  }

  private Duration remaining(String key, Instant now) {
    long[] entry = counts.get(key);
    if (entry == null || entry[0] <= now.toEpochMilli()) {
      return Duration.ZERO;
    }
    return Duration.ofMillis(entry[0] - now.toEpochMilli());
  }

  /**
   * Adds a failure at {@code now} to the record {@code [lockedUntil, failure…]}, dropping failures
   * outside the window; reaching {@code max} locks out and starts counting afresh.
   */
  private void record(String key, int max, Instant now) {
    counts.update(key, entry -> counted(entry, max, now), now.plus(kept()));
  }

  /**
   * The record {@code [lockedUntil, failure…]} with a failure at {@code now} added and failures
   * outside the window dropped; reaching {@code max} locks out and starts counting afresh.
   */
  private long[] counted(long[] entry, int max, Instant now) {
    long nowMillis = now.toEpochMilli();
    long windowStart = now.minus(settings.window()).toEpochMilli();
    long lockedUntil = entry == null ? 0 : entry[0];
    long[] recent =
        entry == null
            ? new long[0]
            : Arrays.stream(entry, 1, entry.length).filter(at -> at > windowStart).toArray();
    if (recent.length + 1 >= max) {
      return new long[] {now.plus(settings.lockout()).toEpochMilli()};
    }
    long[] next = new long[recent.length + 2];
    next[0] = lockedUntil;
    System.arraycopy(recent, 0, next, 1, recent.length);
    next[next.length - 1] = nowMillis;
    return next;
  }

  /** How long a record is kept without a change: the longer of window and lockout. */
  private Duration kept() {
    return settings.window().compareTo(settings.lockout()) >= 0
        ? settings.window()
        : settings.lockout();
  }

  private static String usernameKey(String username) {
    return "u:" + (username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "a:" + address;
  }
}
