package nl.techniekpact.cms.security.authentication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per username and per client address and locks either out for a while once
 * too many failures fall within the window. A success clears the username's count, never the
 * address's (an attacker's own account must not reset it). Unknown usernames are counted like known
 * ones, so a lockout does not tell whether an account exists.
 *
 * <p>Kept in memory of this server: a restart forgets it, and in a cluster each node counts on its
 * own (moving it to the Hazelcast data grid is a later step). The map is bounded: expired entries
 * are dropped when it grows past {@link #MAX_ENTRIES}.
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

  static final int MAX_ENTRIES = 100_000;

  private final Settings settings;
  private final Clock clock;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  /** A throttle with these limits on this clock. */
  public LoginThrottle(Settings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
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
    if (entries.size() > MAX_ENTRIES) {
      entries.values().removeIf(entry -> entry.expired(now, settings.window()));
    }
  }

  /** Records a successful login: the username starts afresh. */
  public void succeeded(String username) {
    entries.remove(usernameKey(username));
  }

  private Duration remaining(String key, Instant now) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return Duration.ZERO;
    }
    synchronized (entry) {
      if (entry.lockedUntil == null || !entry.lockedUntil.isAfter(now)) {
        return Duration.ZERO;
      }
      return Duration.between(now, entry.lockedUntil);
    }
  }

  private void record(String key, int max, Instant now) {
    Entry entry = entries.computeIfAbsent(key, k -> new Entry());
    synchronized (entry) {
      Instant windowStart = now.minus(settings.window());
      while (!entry.failures.isEmpty() && !entry.failures.peekFirst().isAfter(windowStart)) {
        entry.failures.removeFirst();
      }
      entry.failures.addLast(now);
      if (entry.failures.size() >= max) {
        entry.lockedUntil = now.plus(settings.lockout());
        entry.failures.clear();
      }
    }
  }

  private static String usernameKey(String username) {
    return "u:" + (username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "a:" + address;
  }

  private static final class Entry {
    final Deque<Instant> failures = new ArrayDeque<>();
    Instant lockedUntil;

    synchronized boolean expired(Instant now, Duration window) {
      boolean locked = lockedUntil != null && lockedUntil.isAfter(now);
      boolean recent = !failures.isEmpty() && failures.peekLast().isAfter(now.minus(window));
      return !locked && !recent;
    }
  }
}
