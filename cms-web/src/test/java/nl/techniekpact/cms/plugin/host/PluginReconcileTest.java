package nl.techniekpact.cms.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes of a cluster as two plugin hosts on one database, each with its own work directory: a
 * change made through one node's lifecycle reaches the other when it reconciles.
 */
class PluginReconcileTest {

  @TempDir Path dirA;
  @TempDir Path dirB;

  private TestHost a;
  private TestHost b;

  @BeforeEach
  void twoNodesOnOneDatabase() {
    DataSource database = TestHost.h2();
    a = TestHost.on(database, dirA, 1024 * 1024);
    b = TestHost.on(database, dirB, 1024 * 1024);
  }

  @AfterEach
  void stop() {
    a.lifecycle.shutdown();
    b.lifecycle.shutdown();
  }

  @Test
  void everyStoredChangeIsAnnouncedOnce() {
    List<String> announced = new ArrayList<>();
    a.lifecycle.onChange(() -> announced.add("changed"));

    a.lifecycle.install(FixtureJars.bytes("internships"), "internships.jar", "tester");
    a.lifecycle.disable("example-internships", "tester");
    a.lifecycle.enable("example-internships", "tester");
    a.lifecycle.remove("example-internships", "tester");

    assertThat(announced).hasSize(4);
  }

  @Test
  void pluginInstalledOnOneNodeStartsOnTheOtherWhenItReconciles() {
    a.lifecycle.install(FixtureJars.bytes("internships"), "internships.jar", "tester");
    assertThat(b.registry.find("example-internships")).isEmpty();

    b.lifecycle.reconcile();

    ActivePlugin onB = b.registry.find("example-internships").orElseThrow();
    assertThat(onB.version()).isEqualTo("1.0.0");
    assertThat(onB.endpoint()).isPresent();
    assertThat(dirB.resolve("example-internships")).isDirectory();
  }

  @Test
  void disabledOnOneNodeStopsOnTheOtherAndEnabledStartsAgain() {
    a.lifecycle.install(FixtureJars.bytes("internships"), "internships.jar", "tester");
    b.lifecycle.reconcile();

    b.lifecycle.disable("example-internships", "tester");
    a.lifecycle.reconcile();
    assertThat(a.registry.find("example-internships")).isEmpty();
    assertThat(a.store.find("example-internships").orElseThrow().state())
        .isEqualTo(PluginState.DISABLED);

    b.lifecycle.enable("example-internships", "tester");
    a.lifecycle.reconcile();
    assertThat(a.registry.find("example-internships")).isPresent();
  }

  @Test
  void upgradeOnOneNodeReplacesTheVersionOnTheOther() {
    a.lifecycle.install(FixtureJars.bytes("internships"), "internships.jar", "tester");
    b.lifecycle.reconcile();

    a.lifecycle.install(FixtureJars.bytes("internships-upgrade"), "upgrade.jar", "tester");
    b.lifecycle.reconcile();

    assertThat(b.registry.find("example-internships").orElseThrow().version()).isEqualTo("1.1.0");
  }

  @Test
  void removedOnOneNodeStopsOnTheOtherAndItsFilesGo() {
    a.lifecycle.install(FixtureJars.bytes("internships"), "internships.jar", "tester");
    b.lifecycle.reconcile();

    a.lifecycle.remove("example-internships", "tester");
    b.lifecycle.reconcile();

    assertThat(b.registry.find("example-internships")).isEmpty();
    assertThat(dirB.resolve("example-internships")).doesNotExist();
  }

  @Test
  void reconcilingWithNothingChangedLeavesTheRunningPluginAlone() {
    a.lifecycle.install(FixtureJars.bytes("internships"), "internships.jar", "tester");
    b.lifecycle.reconcile();
    ActivePlugin before = b.registry.find("example-internships").orElseThrow();

    b.lifecycle.reconcile();

    assertThat(b.registry.find("example-internships")).containsSame(before);
  }

  @Test
  void reconcilingNeverWritesToTheDatabase() {
    a.lifecycle.install(FixtureJars.bytes("internships"), "internships.jar", "tester");
    InstalledPlugin stored = a.store.find("example-internships").orElseThrow();
    List<String> announced = new ArrayList<>();
    b.lifecycle.onChange(() -> announced.add("changed"));

    b.lifecycle.reconcile();
    b.lifecycle.reconcile();

    assertThat(a.store.find("example-internships")).contains(stored);
    assertThat(announced).isEmpty();
  }
}
