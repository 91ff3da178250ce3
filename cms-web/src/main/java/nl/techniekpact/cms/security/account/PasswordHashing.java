package nl.techniekpact.cms.security.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Hashes and verifies passwords with Jakarta Security's {@link Pbkdf2PasswordHash}:
 * PBKDF2-HMAC-SHA512, {@value #ITERATIONS} iterations (OWASP's 2023 advice), a 32-byte random salt
 * per password and a 64-byte key. The stored form is {@code algorithm:iterations:salt:hash}, so
 * stronger parameters later still verify old hashes.
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
    return hash.generate(password);
  }

  /** True if the password matches the stored hash. */
  public boolean verify(char[] password, String storedHash) {
    return hash.verify(password, storedHash);
  }

  /** Spends the time of one verification, for callers that have no hash to verify against. */
  public void verifyDecoy(char[] password) {
    hash.verify(password, decoy);
  }
}
