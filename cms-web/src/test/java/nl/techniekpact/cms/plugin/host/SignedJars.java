package nl.techniekpact.cms.plugin.host;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertPath;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipFile;
import jdk.security.jarsigner.JarSigner;

/**
 * Signs fixture jars with the test keys in {@code src/test/resources/plugin-signing} (made with
 * keytool, see the README there), and breaks signed jars the ways an attacker would.
 */
public final class SignedJars {

  /** The password of the test key stores. */
  static final char[] PASSWORD = "it-signing-2026".toCharArray();

  private SignedJars() {}

  /** A test resource of the signing set, as a file. */
  public static Path resource(String name) {
    try {
      return Path.of(SignedJars.class.getResource("/plugin-signing/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Signs a jar.
   *
   * @param jar the jar's bytes
   * @param signer {@code trusted-signer}, {@code stranger-signer} or {@code expired-signer}
   */
  public static byte[] sign(byte[] jar, String signer) {
    try {
      // read as a class path resource: the integration tests run from cms-web's test jar
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in =
          SignedJars.class.getResourceAsStream("/plugin-signing/" + signer + ".p12")) {
        store.load(in, PASSWORD);
      }
      PrivateKey key = (PrivateKey) store.getKey("signer", PASSWORD);
      CertPath path =
          CertificateFactory.getInstance("X.509")
              .generateCertPath(
                  Arrays.stream(store.getCertificateChain("signer"))
                      .map(X509Certificate.class::cast)
                      .toList());
      Path in = Files.createTempFile("unsigned", ".jar");
      try {
        Files.write(in, jar);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile zip = new ZipFile(in.toFile())) {
          new JarSigner.Builder(key, path).signerName("SIGNER").build().sign(zip, out);
        }
        return out.toByteArray();
      } finally {
        Files.deleteIfExists(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A copy of a signed jar with one class changed after signing. */
  public static byte[] tampered(byte[] signed) {
    return rewrite(signed, null);
  }

  /** A copy of a signed jar with a class added after signing. */
  public static byte[] withAddedClass(byte[] signed) {
    return rewrite(signed, "nl/example/Injected.class");
  }

  private static byte[] rewrite(byte[] signed, String added) {
    try {
      Path in = Files.createTempFile("signed", ".jar");
      try {
        Files.write(in, signed);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean changed = false;
        try (JarFile source = new JarFile(in.toFile(), false);
            JarOutputStream out = new JarOutputStream(bytes)) {
          for (JarEntry entry : source.stream().toList()) {
            out.putNextEntry(new JarEntry(entry.getName()));
            byte[] content;
            try (InputStream stream = source.getInputStream(entry)) {
              content = stream.readAllBytes();
            }
            if (added == null && !changed && entry.getName().endsWith(".class")) {
              content = Arrays.copyOf(content, content.length + 1);
              changed = true;
            }
            out.write(content);
            out.closeEntry();
          }
          if (added != null) {
            out.putNextEntry(new JarEntry(added));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
            out.closeEntry();
          }
        }
        return bytes.toByteArray();
      } finally {
        Files.deleteIfExists(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The trusted test certificates (the trusted and the expired signer). */
  public static List<X509Certificate> trustStore() {
    return PluginSignatures.readTrustStore(resource("plugin-trust.pem"), null);
  }
}
