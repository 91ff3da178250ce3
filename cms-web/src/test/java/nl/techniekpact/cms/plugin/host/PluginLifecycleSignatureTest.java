package nl.techniekpact.cms.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import nl.techniekpact.cms.plugin.host.PluginRefusedException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Installing, upgrading and restarting when the CMS requires signed plugins. */
class PluginLifecycleSignatureTest {

  private static final long MAX = 1024 * 1024;

  @TempDir Path workDir;

  private final PluginSignatures required =
      new PluginSignatures(true, SignedJars.trustStore(), Clock.systemUTC());

  private TestHost host;

  @AfterEach
  void stop() {
    if (host != null) {
      host.lifecycle.shutdown();
    }
  }

  private TestHost host(PluginSignatures signatures) {
    host = TestHost.on(TestHost.h2(), workDir.resolve("node-1"), MAX, signatures);
    return host;
  }

  @Test
  void unsignedPluginIsRefusedAndNothingIsInstalled() {
    TestHost strict = host(required);

    assertThatThrownBy(
            () ->
                strict.lifecycle.install(
                    FixtureJars.bytes("internships"), "internships.jar", "tester"))
        .isInstanceOfSatisfying(
            PluginRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_REQUIRED));
    assertThat(strict.store.list()).isEmpty();
    assertThat(strict.registry.all()).isEmpty();
  }

  @Test
  void signedPluginInstallsRunsAndReportsItsSigner() {
    TestHost strict = host(required);

    InstalledPlugin installed =
        strict.lifecycle.install(
            SignedJars.sign(FixtureJars.bytes("internships"), "trusted-signer"),
            "internships.jar",
            "tester");

    assertThat(strict.registry.find("example-internships")).isPresent();
    assertThat(strict.lifecycle.signer(installed))
        .hasValueSatisfying(
            signer -> {
              assertThat(signer.subject()).startsWith("CN=Techniekpact Test Signer");
              assertThat(signer.trusted()).isTrue();
            });
  }

  @Test
  void unsignedUpgradeIsRefusedAndTheSignedVersionKeepsRunning() {
    TestHost strict = host(required);
    strict.lifecycle.install(
        SignedJars.sign(FixtureJars.bytes("internships"), "trusted-signer"), "v1.jar", "tester");

    assertThatThrownBy(
            () ->
                strict.lifecycle.install(
                    FixtureJars.bytes("internships-upgrade"), "v2.jar", "tester"))
        .isInstanceOf(PluginRefusedException.class)
        .hasMessageContaining("v2.jar is not signed");
    assertThat(strict.registry.find("example-internships").orElseThrow().version())
        .isEqualTo("1.0.0");
    assertThat(strict.store.find("example-internships").orElseThrow().version()).isEqualTo("1.0.0");
  }

  @Test
  void unsignedPluginInstalledEarlierIsPausedWhenARestartRequiresSignatures() {
    TestHost lenient = host(PluginSignatures.optional());
    lenient.lifecycle.install(FixtureJars.bytes("internships"), "internships.jar", "tester");
    lenient.lifecycle.shutdown();

    host = TestHost.on(lenient.dataSource, workDir.resolve("node-2"), MAX, required);
    host.lifecycle.startInstalled();

    assertThat(host.registry.all()).isEmpty();
    InstalledPlugin row = host.store.find("example-internships").orElseThrow();
    assertThat(row.state()).isEqualTo(PluginState.PAUSED);
    assertThat(row.reason()).contains("is not signed");
  }
}
