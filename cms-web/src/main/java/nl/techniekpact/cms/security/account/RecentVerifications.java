package nl.techniekpact.cms.security.account;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Password verifications that succeeded within the last {@link #KEPT}, so that an API client that
 * sends its password with every request (HTTP Basic) costs one PBKDF2 derivation per {@link #KEPT}
 * instead of one per request (ADR 0050). Kept is a tag per verification: an HMAC-SHA256, under a
 * key drawn at random when the CMS starts and never stored, of the stored hash and the password;
 * never the password. A new password gives a new stored hash and so a new tag: an entry never
 * outlives its password. Only right passwords are kept, so a wrong one always costs the full
 * derivation. The window is fixed from the verification, not extended by use; expired ones are
 * dropped at least once a minute while verifications are added, and a window that reaches further
 * ahead than {@link #KEPT} (the clock was set back) counts as expired. At most {@link #MAX_ENTRIES}
 * are kept: when full, a new verification is not kept.
 */
final class RecentVerifications {

  /** How long a successful verification is kept. */
  static final Duration KEPT = Duration.ofMinutes(5);

  /** The most verifications kept at once. */
  static final int MAX_ENTRIES = 10_000;

  private static final String ALGORITHM = "HmacSHA256";

  /** How often expired verifications are dropped at the latest, while verifications are added. */
  private static final Duration SWEEP = Duration.ofMinutes(1);

  private final Clock clock;
  private final SecretKeySpec key;
  private final ConcurrentHashMap<String, Instant> kept = new ConcurrentHashMap<>();
  private volatile Instant lastSweep;

  RecentVerifications(Clock clock, SecureRandom random) {
    this.clock = clock;
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    this.key = new SecretKeySpec(secret, ALGORITHM);
    Arrays.fill(secret, (byte) 0);
    this.lastSweep = clock.instant();
  }

  /** Whether {@code password} was verified against {@code storedHash} within {@link #KEPT}. */
  boolean contains(char[] password, String storedHash) {
    String tag = tag(password, storedHash);
    Instant until = kept.get(tag);
    if (until == null) {
      return false;
    }
    if (expired(until, clock.instant())) {
      kept.remove(tag, until);
      return false;
    }
    return true;
  }

  /** Keeps that {@code password} was just verified against {@code storedHash}, if there is room. */
  void add(char[] password, String storedHash) {
    Instant now = clock.instant();
    if (kept.size() >= MAX_ENTRIES || !now.isBefore(lastSweep.plus(SWEEP))) {
      lastSweep = now;
      kept.values().removeIf(until -> expired(until, now));
    }
    if (kept.size() < MAX_ENTRIES) {
      kept.put(tag(password, storedHash), now.plus(KEPT));
    }
  }

  private static boolean expired(Instant until, Instant now) {
    return !now.isBefore(until) || until.isAfter(now.plus(KEPT));
  }

  /** How many verifications are kept, expired ones included until they are next looked at. */
  int size() {
    return kept.size();
  }

  private String tag(char[] password, String storedHash) {
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(bytes);
      return Base64.getEncoder().encodeToString(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java", e);
    } finally {
      Arrays.fill(bytes, (byte) 0);
      if (encoded.hasArray()) {
        Arrays.fill(encoded.array(), (byte) 0);
      }
    }
  }
}
