package nl.techniekpact.cms.security.twostep;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them: 30-second steps, 6
 * digits, HMAC-SHA1, a 160-bit secret shown in Base32. A code is accepted for its own step and the
 * one before and after (clocks drift, people type slowly), and only for a step later than the last
 * one accepted, so that no code works twice.
 *
 * <pre>{@code
 * String secret = OneTimeCodes.newSecret();                   // stored, and shown to the app
 * OptionalLong step = OneTimeCodes.matchingStep(secret, "492039", Instant.now(), lastStep);
 * }</pre>
 */
public final class OneTimeCodes {

  /** The length of a step. */
  public static final Duration STEP = Duration.ofSeconds(30);

  /** The digits of a code. */
  public static final int DIGITS = 6;

  /** The bytes of a secret: 160 bits, as RFC 4226 recommends for HMAC-SHA1. */
  static final int SECRET_BYTES = 20;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final TimeBasedOneTimePasswordGenerator CODES =
      new TimeBasedOneTimePasswordGenerator(STEP, DIGITS);

  private OneTimeCodes() {}

  /** A new secret in Base32 (32 characters, no padding). */
  public static String newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return new Base32().encodeAsString(secret).replace("=", "");
  }

  /** The step an instant falls in. */
  public static long stepAt(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), STEP.getSeconds());
  }

  /** The code of {@code secret} for the step that {@code instant} falls in. */
  public static String codeAt(String secret, Instant instant) {
    try {
      return CODES.generateOneTimePasswordString(key(secret), instant, Locale.ROOT);
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("Not a usable secret", e);
    }
  }

  /**
   * The step of {@code secret} whose code {@code typed} is, among the step of {@code now} and the
   * ones before and after it, and later than {@code lastStep}; empty when there is none. Spaces in
   * what was typed are ignored; anything but 6 digits matches nothing.
   *
   * @param lastStep the step of the last code accepted, or {@link Long#MIN_VALUE}
   */
  public static OptionalLong matchingStep(String secret, String typed, Instant now, long lastStep) {
    String code = typed == null ? "" : typed.replace(" ", "");
    if (code.length() != DIGITS || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalLong.empty();
    }
    long current = stepAt(now);
    for (long step = current - 1; step <= current + 1; step++) {
      boolean same =
          MessageDigest.isEqual(
              codeAt(secret, Instant.ofEpochSecond(step * STEP.getSeconds()))
                  .getBytes(StandardCharsets.US_ASCII),
              code.getBytes(StandardCharsets.US_ASCII));
      if (same && step > lastStep) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  /**
   * The {@code otpauth://} address an authenticator app reads from the QR code: the issuer and the
   * account name as the app lists them, and the secret.
   */
  public static String appAddress(String issuer, String accountName, String secret) {
    String label = encode(issuer) + ":" + encode(accountName);
    return "otpauth://totp/"
        + label
        + "?secret="
        + secret
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + STEP.getSeconds();
  }

  private static SecretKeySpec key(String secret) {
    byte[] bytes = new Base32().decode(secret);
    if (bytes.length == 0) {
      throw new IllegalArgumentException("Empty secret");
    }
    return new SecretKeySpec(bytes, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
