package nl.techniekpact.cms.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugins a war ships are installed once, upgraded when newer, and never forced back. */
class BundledPluginsTest {

  @TempDir Path workDir;

  private static BundledPlugins.Shipped shipped(String version) {
    return new BundledPlugins.Shipped(
        "case-studies.jar",
        FixtureJars.withManifest("case-studies", Map.of("Plugin-Version", version)));
  }

  private static BundledPlugins bundled(TestHost host) {
    return new BundledPlugins(host.dataSource, host.lifecycle, Clock.systemUTC());
  }

  @Test
  void aShippedPluginIsInstalledOnTheFirstStartAndRunsWithItsRoutes() {
    TestHost host = TestHost.create(workDir);

    bundled(host).offer(List.of(shipped("1.0.0")));

    assertThat(host.store.find("case-studies"))
        .hasValueSatisfying(
            p -> {
              assertThat(p.state()).isEqualTo(PluginState.ENABLED);
              assertThat(p.installedBy()).isEqualTo(BundledPlugins.INSTALLER);
            });
    assertThat(host.registry.find("case-studies").orElseThrow().routes())
        .extracting(ActivePlugin.PageRoute::pattern)
        .containsExactlyInAnyOrder("/cases", "/cases/{slug}");
  }

  @Test
  void aShippedPluginTheAdministratorRemovedStaysRemovedOnLaterStarts() {
    TestHost host = TestHost.create(workDir);
    bundled(host).offer(List.of(shipped("1.0.0")));

    host.lifecycle.remove("case-studies", "admin");
    TestHost restarted = TestHost.on(host.dataSource, workDir.resolve("again"), 1024 * 1024);
    restarted.lifecycle.startInstalled();
    bundled(restarted).offer(List.of(shipped("1.0.0")));

    assertThat(restarted.store.find("case-studies")).isEmpty();
    assertThat(restarted.registry.find("case-studies")).isEmpty();
  }

  @Test
  void aShippedPluginTheAdministratorDisabledStaysDisabled() {
    TestHost host = TestHost.create(workDir);
    bundled(host).offer(List.of(shipped("1.0.0")));
    host.lifecycle.disable("case-studies", "admin");

    bundled(host).offer(List.of(shipped("1.0.0")));

    assertThat(host.store.find("case-studies").orElseThrow().state())
        .isEqualTo(PluginState.DISABLED);
  }

  @Test
  void aNewerShippedVersionUpgradesTheVersionOfferedBeforeButNotAnAdministratorsOwn() {
    TestHost host = TestHost.create(workDir);
    bundled(host).offer(List.of(shipped("1.0.0")));

    bundled(host).offer(List.of(shipped("1.1.0")));
    assertThat(host.registry.find("case-studies").orElseThrow().version()).isEqualTo("1.1.0");

    host.lifecycle.install(
        FixtureJars.withManifest("case-studies", Map.of("Plugin-Version", "2.0.0")),
        "own.jar",
        "admin");
    bundled(host).offer(List.of(shipped("1.2.0")));
    assertThat(host.registry.find("case-studies").orElseThrow().version()).isEqualTo("2.0.0");
  }

  @Test
  void aPluginAlreadyInstalledByHandIsOnlyRemembered() {
    TestHost host = TestHost.create(workDir);
    host.lifecycle.install(FixtureJars.bytes("case-studies"), "case-studies.jar", "admin");

    bundled(host).offer(List.of(shipped("1.0.0")));

    assertThat(host.store.find("case-studies").orElseThrow().installedBy()).isEqualTo("admin");
  }

  @Test
  void noIndexOnTheClassPathShipsNothing() {
    assertThat(BundledPlugins.shipped(new ClassLoader(null) {})).isEmpty();
  }

  @Test
  void shippedJarsAreReadFromTheirSuffixedResourcesAndNamedAsListed() throws Exception {
    Path directory = workDir.resolve("classes").resolve(BundledPlugins.DIRECTORY);
    Files.createDirectories(directory);
    byte[] jar = FixtureJars.withManifest("case-studies", Map.of("Plugin-Version", "1.0.0"));
    Files.write(directory.resolve("case-studies.jar" + BundledPlugins.SUFFIX), jar);
    // a plain *.jar is what the server would parse as a library of the war: not read
    Files.write(directory.resolve("regional-pages.jar"), jar);
    Files.writeString(directory.resolve("index.txt"), "case-studies.jar\n# a comment\n\n");

    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {workDir.resolve("classes").toUri().toURL()}, null)) {
      List<BundledPlugins.Shipped> shipped = BundledPlugins.shipped(loader);

      assertThat(shipped)
          .extracting(BundledPlugins.Shipped::name)
          .containsExactly("case-studies.jar");
      assertThat(shipped.get(0).bytes()).isEqualTo(jar);
    }
  }

  @Test
  void aListedJarWithoutItsSuffixedResourceIsLeftOut() throws Exception {
    Path directory = workDir.resolve("classes").resolve(BundledPlugins.DIRECTORY);
    Files.createDirectories(directory);
    Files.write(
        directory.resolve("regional-pages.jar"),
        FixtureJars.withManifest("case-studies", Map.of("Plugin-Version", "1.0.0")));
    Files.writeString(directory.resolve("index.txt"), "regional-pages.jar\n");

    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {workDir.resolve("classes").toUri().toURL()}, null)) {
      assertThat(BundledPlugins.shipped(loader)).isEmpty();
    }
  }
}
