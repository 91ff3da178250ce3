package nl.techniekpact.cms.plugin.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPath;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import nl.techniekpact.cms.plugin.host.PluginRefusedException.Reason;

/**
 * Checks the signature of a plugin jar against the trust store of allowed signers, before any of
 * its code runs. The rules, in order:
 *
 * <ol>
 *   <li>A signed jar must be intact: every entry matches its signature, and every entry is covered
 *       by it (a class added after signing is refused) — always, whatever the setting.
 *   <li>When signatures are {@linkplain #required() required}, the jar must be signed, by a signer
 *       whose certificate, or a certificate of its chain, is in the trust store, or whose chain was
 *       issued by one in it; and that certificate must have been valid when the jar was signed (its
 *       timestamp) or, without a timestamp, must be valid now.
 *   <li>When they are not required, unsigned jars and jars of unknown signers are accepted; the
 *       signer is reported, marked as not trusted.
 * </ol>
 *
 * <p>The trust store is a PEM file of certificates ({@code .pem}, {@code .crt}, {@code .cer}) or a
 * PKCS #12 / JKS key store with trusted-certificate entries.
 */
public final class PluginSignatures {

  private final boolean required;
  private final List<X509Certificate> trusted;
  private final Clock clock;

  /**
   * A checker.
   *
   * @param required whether every plugin must be signed by a trusted signer
   * @param trusted the certificates of allowed signers (or of the authorities that issue theirs)
   * @param clock the clock, for certificate validity
   */
  public PluginSignatures(boolean required, List<X509Certificate> trusted, Clock clock) {
    this.required = required;
    this.trusted = List.copyOf(trusted);
    this.clock = clock;
  }

  /** A checker that requires no signature but still refuses broken ones. */
  public static PluginSignatures optional() {
    return new PluginSignatures(false, List.of(), Clock.systemUTC());
  }

  /**
   * Reads the certificates of a trust store file.
   *
   * @param file a PEM file of certificates, or a PKCS #12 or JKS key store
   * @param password the key store's password, or {@code null} (not needed for PEM, nor to read the
   *     certificates of a PKCS #12 store)
   * @return the certificates, never empty
   * @throws IllegalArgumentException when the file cannot be read or holds no certificate
   */
  public static List<X509Certificate> readTrustStore(Path file, char[] password) {
    List<X509Certificate> certificates = new ArrayList<>();
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer")) {
        try (InputStream in = Files.newInputStream(file)) {
          for (Certificate certificate :
              CertificateFactory.getInstance("X.509").generateCertificates(in)) {
            certificates.add((X509Certificate) certificate);
          }
        }
      } else {
        KeyStore store = KeyStore.getInstance(file.toFile(), password);
        for (String alias : Collections.list(store.aliases())) {
          if (store.getCertificate(alias) instanceof X509Certificate certificate) {
            certificates.add(certificate);
          }
        }
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "The plugin trust store " + file + " cannot be read: " + e.getMessage(), e);
    }
    if (certificates.isEmpty()) {
      throw new IllegalArgumentException("The plugin trust store " + file + " has no certificate");
    }
    return List.copyOf(certificates);
  }

  /** Whether every plugin must be signed by a trusted signer. */
  public boolean required() {
    return required;
  }

  /**
   * Checks a jar.
   *
   * @param file the jar
   * @param name how to call it in messages
   * @return who signed it, if anyone did
   * @throws PluginRefusedException when the signature is broken, incomplete, or required and
   *     missing, unknown or expired
   */
  public Optional<PluginSigner> check(Path file, String name) {
    List<String> unsigned = new ArrayList<>();
    Set<CodeSigner> common = null;
    try (JarFile jar = new JarFile(file.toFile(), true)) {
      for (JarEntry entry : Collections.list(jar.entries())) {
        try (InputStream in = jar.getInputStream(entry)) {
          in.transferTo(OutputStream.nullOutputStream()); // verifies the entry's digest
        }
        if (entry.isDirectory() || isSignatureFile(entry.getName())) {
          continue;
        }
        CodeSigner[] signers = entry.getCodeSigners();
        if (signers == null || signers.length == 0) {
          unsigned.add(entry.getName());
        } else if (common == null) {
          common = new LinkedHashSet<>(List.of(signers));
        } else {
          common.retainAll(new HashSet<>(List.of(signers)));
        }
      }
    } catch (SecurityException e) {
      throw new PluginRefusedException(
          Reason.SIGNATURE_INVALID,
          name + " has a signature that does not match its contents: " + e.getMessage(),
          e);
    } catch (IOException e) {
      throw new PluginRefusedException(
          Reason.NOT_A_JAR, name + " is not a readable jar: " + e.getMessage(), e);
    }
    if (common == null) {
      if (required) {
        throw new PluginRefusedException(
            Reason.SIGNATURE_REQUIRED,
            name
                + " is not signed; this CMS only installs plugins signed by a trusted signer"
                + " (setting cms.plugins.signatures.required)");
      }
      return Optional.empty();
    }
    if (!unsigned.isEmpty()) {
      throw new PluginRefusedException(
          Reason.SIGNATURE_INVALID,
          name
              + " is only partly signed: "
              + unsigned.size()
              + " entries are not covered by its signature, for example "
              + unsigned.get(0)
              + " (added after signing?)");
    }
    if (common.isEmpty()) {
      throw new PluginRefusedException(
          Reason.SIGNATURE_INVALID, name + " has entries signed by different signers");
    }
    String firstProblem = null;
    PluginSigner untrusted = null;
    for (CodeSigner signer : common) {
      X509Certificate leaf = leaf(signer.getSignerCertPath());
      PluginSigner described = new PluginSigner(leaf.getSubjectX500Principal().getName(), false);
      if (!isTrusted(signer.getSignerCertPath())) {
        untrusted = untrusted == null ? described : untrusted;
        continue;
      }
      Optional<String> invalid = validity(signer, leaf);
      if (invalid.isPresent()) {
        firstProblem = firstProblem == null ? invalid.get() : firstProblem;
        continue;
      }
      return Optional.of(new PluginSigner(described.subject(), true));
    }
    if (required) {
      throw new PluginRefusedException(
          Reason.SIGNER_NOT_TRUSTED,
          firstProblem != null
              ? name + " is signed with a certificate that " + firstProblem
              : name
                  + " is signed by "
                  + untrusted.subject()
                  + ", who is not in the plugin trust store (setting"
                  + " cms.plugins.signatures.trust-store)");
    }
    return Optional.of(untrusted != null ? untrusted : new PluginSigner("unknown", false));
  }

  private boolean isTrusted(CertPath path) {
    List<? extends Certificate> chain = path.getCertificates();
    for (Certificate certificate : chain) {
      if (trusted.contains(certificate)) {
        return true;
      }
    }
    X509Certificate top = (X509Certificate) chain.get(chain.size() - 1);
    for (X509Certificate anchor : trusted) {
      if (anchor.getSubjectX500Principal().equals(top.getIssuerX500Principal())) {
        try {
          top.verify(anchor.getPublicKey());
          return true;
        } catch (GeneralSecurityException e) {
          // not issued by this anchor
        }
      }
    }
    return false;
  }

  private Optional<String> validity(CodeSigner signer, X509Certificate leaf) {
    Instant at =
        signer.getTimestamp() != null
            ? signer.getTimestamp().getTimestamp().toInstant()
            : clock.instant();
    try {
      leaf.checkValidity(Date.from(at));
      return Optional.empty();
    } catch (CertificateExpiredException e) {
      return Optional.of("expired on " + leaf.getNotAfter().toInstant());
    } catch (CertificateNotYetValidException e) {
      return Optional.of("is not valid before " + leaf.getNotBefore().toInstant());
    }
  }

  private static X509Certificate leaf(CertPath path) {
    return (X509Certificate) path.getCertificates().get(0);
  }

  /** The files a jar signature consists of, which are not themselves signed. */
  static boolean isSignatureFile(String entryName) {
    String upper = entryName.toUpperCase(Locale.ROOT);
    if (!upper.startsWith("META-INF/") || upper.indexOf('/', 9) >= 0) {
      return false;
    }
    return upper.equals("META-INF/MANIFEST.MF")
        || upper.endsWith(".SF")
        || upper.endsWith(".RSA")
        || upper.endsWith(".DSA")
        || upper.endsWith(".EC")
        || upper.startsWith("META-INF/SIG-");
  }

  /**
   * Who signed a plugin.
   *
   * @param subject the signer certificate's subject, for example {@code CN=Regio Noord,O=…}
   * @param trusted whether the signer is in the trust store (with a valid certificate)
   */
  public record PluginSigner(String subject, boolean trusted) {}
}
