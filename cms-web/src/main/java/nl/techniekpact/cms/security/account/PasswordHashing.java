package nl.techniekpact.cms.security.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Hashes and verifies passwords with Jakarta Security's {@link Pbkdf2PasswordHash}:
 * PBKDF2-HMAC-SHA512, {@value #ITERATIONS} iterations (OWASP's 2023 advice), a 32-byte random salt
 * per password and a 64-byte key. The stored form is {@code algorithm:iterations:salt:hash}, so
 * stronger parameters later still verify old hashes. A right password verified against the same
 * stored hash again within minutes is not derived again ({@link RecentVerifications}, ADR 0050).
 */
@ApplicationScoped
public class PasswordHashing {

  static final int ITERATIONS = 210_000;

  /** The parameters handed to {@link Pbkdf2PasswordHash#initialize}. */
  static final Map<String, String> PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
          "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "64");

  /** The shortest password accepted for a new account or password change. */
  public static final int MINIMUM_LENGTH = 12;

  private Pbkdf2PasswordHash hash;

  /**
   * A stored hash no password matches, verified against when a username is unknown (equal timing).
   */
  private String decoy;

  /** The verifications that succeeded in the last minutes. */
  private final RecentVerifications recent =
      new RecentVerifications(Clock.systemUTC(), new SecureRandom());

  /** A hash being derived ahead of time for one password, see {@link #hashAhead}. */
  private volatile Ahead ahead;

  private record Ahead(char[] password, CompletableFuture<String> hash) {}

  /** For CDI. */
  protected PasswordHashing() {}

  /** Hashing with the given, not yet initialised, {@code Pbkdf2PasswordHash}. */
  @Inject
  public PasswordHashing(Pbkdf2PasswordHash hash) {
    this.hash = hash;
  }

  @PostConstruct
  void initialize() {
    hash.initialize(PARAMETERS);
    decoy = decoy(new SecureRandom());
  }

  /**
   * A hash in the stored form with these parameters whose salt and key are random bytes: verifying
   * a password against it derives a key with the full iteration count, as against a real hash, and
   * never matches. Made without deriving anything, so creating this bean (on a first start, for the
   * first administrator) costs no PBKDF2 run of its own (ADR 0035).
   */
  static String decoy(SecureRandom random) {
    byte[] salt = new byte[Integer.parseInt(PARAMETERS.get("Pbkdf2PasswordHash.SaltSizeBytes"))];
    byte[] key = new byte[Integer.parseInt(PARAMETERS.get("Pbkdf2PasswordHash.KeySizeBytes"))];
    random.nextBytes(salt);
    random.nextBytes(key);
    Base64.Encoder base64 = Base64.getEncoder();
    return PARAMETERS.get("Pbkdf2PasswordHash.Algorithm")
        + ":"
        + ITERATIONS
        + ":"
        + base64.encodeToString(salt)
        + ":"
        + base64.encodeToString(key);
  }

  /** The hash to store for a password. */
  public String hash(char[] password) {
    Ahead prepared = ahead;
    if (prepared != null && sameChars(prepared.password(), password)) {
      forgetAhead();
      try {
        return prepared.hash().join();
      } catch (CompletionException e) {
        // derived here after all
      }
    }
    return hash.generate(password);
  }

  /**
   * Starts deriving the hash of {@code password} on {@code executor}; the next {@link #hash} of the
   * same password takes it instead of deriving its own. One at a time: a second call replaces the
   * first. Used for the first administrator, whose hash is derived while the migrations run.
   */
  public void hashAhead(char[] password, Executor executor) {
    char[] copy = password.clone();
    ahead = new Ahead(copy, CompletableFuture.supplyAsync(() -> hash.generate(copy), executor));
  }

  /** Drops a hash derived ahead that was not taken, and its copy of the password. */
  public void forgetAhead() {
    Ahead prepared = ahead;
    ahead = null;
    if (prepared != null) {
      prepared.hash().whenComplete((result, failure) -> Arrays.fill(prepared.password(), '\0'));
    }
  }

  /** Compares in time that depends on the lengths only. */
  private static boolean sameChars(char[] a, char[] b) {
    if (a.length != b.length) {
      return false;
    }
    int difference = 0;
    for (int i = 0; i < a.length; i++) {
      difference |= a[i] ^ b[i];
    }
    return difference == 0;
  }

  /**
   * True if the password matches the stored hash: derived with the full iteration count, unless the
   * same password was verified against the same hash within {@link RecentVerifications#KEPT}.
   */
  public boolean verify(char[] password, String storedHash) {
    if (recent.contains(password, storedHash)) {
      return true;
    }
    boolean matches = hash.verify(password, storedHash);
    if (matches) {
      recent.add(password, storedHash);
    }
    return matches;
  }

  /** Spends the time of one verification, for callers that have no hash to verify against. */
  public void verifyDecoy(char[] password) {
    hash.verify(password, decoy);
  }
}
