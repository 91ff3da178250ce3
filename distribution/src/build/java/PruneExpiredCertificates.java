import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Build step of the distribution: copies the trust store bundled in Payara Micro's jar without the
 * trusted certificates that have expired by the time of the build.
 *
 * <p>Payara logs a WARNING with the whole certificate (NCLS-SECURITY-05054) for every expired
 * certificate in its trust store at every start, and its bundled store keeps roots that have
 * expired (Entrust Root Certification Authority on 2026-11-27, TC TrustCenter's in 2025). An
 * expired root validates no chain, so leaving it out changes what the CMS trusts in nothing. Run as
 * a single-file source program (JDK 11+):
 *
 * <pre>java PruneExpiredCertificates.java payara-micro.jar MICRO-INF/domain/cacerts.p12 out.p12
 * </pre>
 *
 * <p>The store keeps Payara's type (PKCS12) and password ({@code changeit}, Payara Micro's master
 * password).
 */
public final class PruneExpiredCertificates {

  private static final char[] PASSWORD = "changeit".toCharArray();

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: PruneExpiredCertificates <jar> <entry> <output>");
    }
    Path jar = Path.of(args[0]);
    String entryName = args[1];
    Path output = Path.of(args[2]);

    KeyStore store = KeyStore.getInstance("PKCS12");
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry entry = zip.getEntry(entryName);
      if (entry == null) {
        throw new IllegalStateException(jar + " holds no " + entryName);
      }
      try (InputStream in = zip.getInputStream(entry)) {
        store.load(in, PASSWORD);
      }
    }
    int before = store.size();
    Date now = new Date();
    List<String> removed = new ArrayList<>();
    for (String alias : Collections.list(store.aliases())) {
      if (store.isCertificateEntry(alias)
          && store.getCertificate(alias) instanceof X509Certificate certificate
          && certificate.getNotAfter().before(now)) {
        store.deleteEntry(alias);
        removed.add(alias + " (expired " + certificate.getNotAfter().toInstant() + ")");
      }
    }
    Files.createDirectories(output.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(output)) {
      store.store(out, PASSWORD);
    }
    System.out.printf(
        "Trust store %s: kept %d of %d certificates, left out %d expired%n",
        output, store.size(), before, removed.size());
    removed.forEach(alias -> System.out.println("  left out " + alias));
  }
}
