package nl.techniekpact.cms.security.account;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A {@link Pbkdf2PasswordHash} on the JDK's PBKDF2, in the stored format of the server's
 * implementation ({@code algorithm:iterations:salt:hash}), for unit tests outside the server.
 */
final class JdkPbkdf2PasswordHash implements Pbkdf2PasswordHash {

  Map<String, String> parameters = Map.of();

  @Override
  public void initialize(Map<String, String> parameters) {
    this.parameters = parameters;
  }

  @Override
  public String generate(char[] password) {
    byte[] salt = new byte[Integer.parseInt(parameters.get("Pbkdf2PasswordHash.SaltSizeBytes"))];
    new SecureRandom().nextBytes(salt);
    String algorithm = parameters.get("Pbkdf2PasswordHash.Algorithm");
    int iterations = Integer.parseInt(parameters.get("Pbkdf2PasswordHash.Iterations"));
    int keyBytes = Integer.parseInt(parameters.get("Pbkdf2PasswordHash.KeySizeBytes"));
    byte[] hash = pbkdf2(algorithm, password, salt, iterations, keyBytes);
    return algorithm
        + ":"
        + iterations
        + ":"
        + Base64.getEncoder().encodeToString(salt)
        + ":"
        + Base64.getEncoder().encodeToString(hash);
  }

  @Override
  public boolean verify(char[] password, String hashedPassword) {
    String[] parts = hashedPassword.split(":");
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    byte[] actual = pbkdf2(parts[0], password, salt, Integer.parseInt(parts[1]), expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] pbkdf2(
      String algorithm, char[] password, byte[] salt, int iterations, int keyBytes) {
    try {
      return SecretKeyFactory.getInstance(algorithm)
          .generateSecret(new PBEKeySpec(password, salt, iterations, keyBytes * 8))
          .getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
