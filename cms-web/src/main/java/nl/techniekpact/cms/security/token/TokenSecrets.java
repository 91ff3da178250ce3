package nl.techniekpact.cms.security.token;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import nl.techniekpact.cms.web.Sha256;

/**
 * The secrets of API tokens: {@value #PREFIX} and 256 random bits in base64url (43 characters), so
 * a token is recognisable in logs and secret scanners. Only the SHA-256 of a token is stored: a
 * 256-bit random secret needs no salt or slow hash, and a stolen table gives no usable token.
 *
 * <pre>{@code
 * String token = TokenSecrets.generate();        // shown to the client once
 * String stored = TokenSecrets.hash(token);      // 64 hex characters, kept in the database
 * boolean wellFormed = TokenSecrets.isWellFormed(presented);
 * }</pre>
 */
public final class TokenSecrets {

  /** What every token starts with. */
  public static final String PREFIX = "tpk_";

  /** The random bytes of a token. */
  static final int RANDOM_BYTES = 32;

  private static final Pattern FORM = Pattern.compile("tpk_[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenSecrets() {}

  /** A new token. */
  public static String generate() {
    byte[] secret = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(secret);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  /** Whether a presented token has the form of ours; others are refused without a look-up. */
  public static boolean isWellFormed(String token) {
    return token != null && FORM.matcher(token).matches();
  }

  /** The stored form of a token: its SHA-256 as 64 lower-case hex characters. */
  public static String hash(String token) {
    return Sha256.hex(token.getBytes(StandardCharsets.UTF_8));
  }
}
