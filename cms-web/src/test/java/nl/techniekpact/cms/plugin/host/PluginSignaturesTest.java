package nl.techniekpact.cms.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import nl.techniekpact.cms.plugin.host.PluginRefusedException.Reason;
import nl.techniekpact.cms.plugin.host.PluginSignatures.PluginSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signature rules on real fixture jars signed with the test keys. */
class PluginSignaturesTest {

  @TempDir Path dir;

  private final PluginSignatures required =
      new PluginSignatures(true, SignedJars.trustStore(), Clock.systemUTC());
  private final PluginSignatures optional =
      new PluginSignatures(false, SignedJars.trustStore(), Clock.systemUTC());

  private Path file(byte[] jar) throws IOException {
    return Files.write(Files.createTempFile(dir, "plugin", ".jar"), jar);
  }

  private static byte[] internships() {
    return FixtureJars.bytes("internships");
  }

  @Test
  void jarSignedByTrustedSignerIsAcceptedAndNamesItsSigner() throws IOException {
    Path jar = file(SignedJars.sign(internships(), "trusted-signer"));

    assertThat(required.check(jar, "x.jar"))
        .contains(new PluginSigner("CN=Techniekpact Test Signer,O=Techniekpact,C=NL", true));
  }

  @Test
  void unsignedJarIsRefusedWhenSignaturesAreRequired() throws IOException {
    Path jar = file(internships());

    assertThatThrownBy(() -> required.check(jar, "x.jar"))
        .isInstanceOfSatisfying(
            PluginRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_REQUIRED))
        .hasMessageContaining("x.jar is not signed")
        .hasMessageContaining("cms.plugins.signatures.required");
  }

  @Test
  void unsignedJarIsAcceptedWhenSignaturesAreOptional() throws IOException {
    assertThat(optional.check(file(internships()), "x.jar")).isEmpty();
  }

  @Test
  void strangerIsRefusedWhenRequiredAndReportedAsUntrustedOtherwise() throws IOException {
    Path jar = file(SignedJars.sign(internships(), "stranger-signer"));

    assertThatThrownBy(() -> required.check(jar, "x.jar"))
        .isInstanceOfSatisfying(
            PluginRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.SIGNER_NOT_TRUSTED))
        .hasMessageContaining("signed by CN=Unknown Stranger")
        .hasMessageContaining("not in the plugin trust store");
    assertThat(optional.check(jar, "x.jar"))
        .contains(new PluginSigner("CN=Unknown Stranger,O=Elsewhere,C=NL", false));
  }

  @Test
  void expiredCertificateInTheTrustStoreIsRefusedWhenRequired() throws IOException {
    Path jar = file(SignedJars.sign(internships(), "expired-signer"));

    assertThatThrownBy(() -> required.check(jar, "x.jar"))
        .isInstanceOfSatisfying(
            PluginRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.SIGNER_NOT_TRUSTED))
        .hasMessageContaining("expired on 2020-01-31");
  }

  @Test
  void classChangedAfterSigningIsAlwaysRefused() throws IOException {
    Path jar = file(SignedJars.tampered(SignedJars.sign(internships(), "trusted-signer")));

    for (PluginSignatures signatures : new PluginSignatures[] {required, optional}) {
      assertThatThrownBy(() -> signatures.check(jar, "x.jar"))
          .isInstanceOfSatisfying(
              PluginRefusedException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_INVALID))
          .hasMessageContaining("does not match its contents");
    }
  }

  @Test
  void classAddedAfterSigningIsAlwaysRefused() throws IOException {
    Path jar = file(SignedJars.withAddedClass(SignedJars.sign(internships(), "trusted-signer")));

    for (PluginSignatures signatures : new PluginSignatures[] {required, optional}) {
      assertThatThrownBy(() -> signatures.check(jar, "x.jar"))
          .isInstanceOfSatisfying(
              PluginRefusedException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_INVALID))
          .hasMessageContaining("only partly signed")
          .hasMessageContaining("nl/example/Injected.class");
    }
  }

  @Test
  void trustStoreIsReadFromPemAndFromPkcs12() {
    assertThat(PluginSignatures.readTrustStore(SignedJars.resource("plugin-trust.pem"), null))
        .hasSize(2);
    assertThat(
            PluginSignatures.readTrustStore(
                SignedJars.resource("plugin-trust.p12"), SignedJars.PASSWORD))
        .singleElement()
        .satisfies(c -> assertThat(c.getSubjectX500Principal().getName()).contains("Test Signer"));
  }

  @Test
  void unreadableTrustStoreIsAClearError() throws IOException {
    Path bogus = Files.writeString(dir.resolve("trust.pem"), "not a certificate");

    assertThatThrownBy(() -> PluginSignatures.readTrustStore(bogus, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trust store")
        .hasMessageContaining("trust.pem");
  }
}
