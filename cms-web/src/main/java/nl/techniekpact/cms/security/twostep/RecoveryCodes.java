package nl.techniekpact.cms.security.twostep;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.techniekpact.cms.web.Sha256;

/**
 * Recovery codes: for signing in when the authenticator app is lost, each usable once. A code is
 * ten characters in two groups ({@code k7m2p-x9qrt}) from an alphabet without look-alikes (no
 * {@code 0/o}, {@code 1/l/i}), about 49 random bits; only its SHA-256 is stored, which for codes of
 * that strength, tried at most a few times before a lockout, needs no salt or slow hash.
 */
public final class RecoveryCodes {

  /** How many codes an account gets at a time. */
  public static final int COUNT = 10;

  static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final int LENGTH = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  private RecoveryCodes() {}

  /** {@value #COUNT} new codes, as shown to the editor. */
  public static List<String> generate() {
    List<String> codes = new ArrayList<>(COUNT);
    while (codes.size() < COUNT) {
      StringBuilder code = new StringBuilder(LENGTH + 1);
      for (int i = 0; i < LENGTH; i++) {
        if (i == LENGTH / 2) {
          code.append('-');
        }
        code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
      if (!codes.contains(code.toString())) {
        codes.add(code.toString());
      }
    }
    return List.copyOf(codes);
  }

  /**
   * Whether what was typed has the form of a recovery code (after {@link #normalize}), rather than
   * of a code from the app.
   */
  public static boolean looksLikeOne(String typed) {
    String code = normalize(typed);
    return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
  }

  /** The stored form of a code as typed: its SHA-256 of the {@link #normalize normal} form. */
  public static String hash(String typed) {
    return Sha256.hex(normalize(typed).getBytes(StandardCharsets.UTF_8));
  }

  /** A typed code without spaces and dashes, in lower case. */
  static String normalize(String typed) {
    return typed == null
        ? ""
        : typed.replace(" ", "").replace("-", "").strip().toLowerCase(Locale.ROOT);
  }
}
