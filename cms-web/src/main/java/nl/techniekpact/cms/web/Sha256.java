package nl.techniekpact.cms.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of bytes as 64 lower-case hex characters: plugin jars, uploads, tokens, resources.
 */
public final class Sha256 {

  private Sha256() {}

  /** The SHA-256 of {@code bytes}, lower-case hex. */
  public static String hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
    }
  }
}
