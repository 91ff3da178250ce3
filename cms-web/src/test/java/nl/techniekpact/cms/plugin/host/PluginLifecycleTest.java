package nl.techniekpact.cms.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.techniekpact.cms.plugin.host.PluginRefusedException.Reason;
import nl.techniekpact.plugin.api.FragmentRequest;
import nl.techniekpact.plugin.api.PageSlot;
import nl.techniekpact.plugin.api.RestEndpoint;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every lifecycle operation, with real plugin jars, on a real (H2) database, without a server. */
class PluginLifecycleTest {

  @TempDir Path workDir;

  private TestHost host;

  private TestHost host() {
    if (host == null) {
      host = TestHost.create(workDir);
    }
    return host;
  }

  @AfterEach
  void stop() {
    if (host != null) {
      host.lifecycle.shutdown();
    }
  }

  private InstalledPlugin install(String fixture) {
    return host().lifecycle.install(FixtureJars.bytes(fixture), fixture + ".jar", "tester");
  }

  @Test
  void installedPluginRunsWithAllItsContributionsAndIsStored() {
    InstalledPlugin installed = install("internships");

    assertThat(installed.label()).isEqualTo("example-internships@1.0.0");
    assertThat(installed.state()).isEqualTo(PluginState.ENABLED);
    ActivePlugin active = host().registry.find("example-internships").orElseThrow();
    assertThat(active.endpoint()).isPresent();
    assertThat(active.fragments())
        .extracting(ActivePlugin.SlotFragment::slot)
        .containsExactly(PageSlot.HOME);
    assertThat(active.contentTypes()).extracting(t -> t.key()).containsExactly("internship-place");
    assertThat(host().store.find("example-internships")).contains(installed);
    assertThat(host().store.jar("example-internships")).isEqualTo(FixtureJars.bytes("internships"));
  }

  @Test
  void pluginObjectsGetTheirContextAndRunInTheirOwnClassLoader() {
    install("internships");
    ActivePlugin active = host().registry.find("example-internships").orElseThrow();

    Optional<String> html =
        host()
            .invoker
            .call(
                active,
                "fragment",
                () ->
                    active
                        .fragments()
                        .get(0)
                        .fragment()
                        .render(new FragmentRequest(PageSlot.HOME, Locale.ENGLISH, Map.of())));

    assertThat(html)
        .hasValueSatisfying(
            h -> assertThat(h).contains("Internships and apprenticeships").contains("0 regions"));
    assertThat(active.endpoint().orElseThrow().getClass().getClassLoader())
        .isInstanceOf(HostPluginClassLoader.class);
  }

  @Test
  void publicPagesRunWithTheirFaceletAndStaticFilesReadFromThePluginsOwnJar() throws Exception {
    install("internships");
    ActivePlugin active = host().registry.find("example-internships").orElseThrow();

    assertThat(active.pages()).extracting(page -> page.id()).containsExactly("places");
    assertThat(active.sha256()).hasSize(64);
    assertThat(PluginResources.read(active.classLoader(), PluginResources.page("places")))
        .hasValueSatisfying(
            xhtml ->
                assertThat(new String(xhtml, java.nio.charset.StandardCharsets.UTF_8))
                    .contains("/WEB-INF/templates/site.xhtml"));
    assertThat(
            PluginResources.read(
                active.classLoader(),
                PluginResources.staticFile("css/internships.css").orElseThrow()))
        .isPresent();
    assertThat(PluginResources.find(active.classLoader(), "META-INF/MANIFEST.MF")).isPresent();
    assertThat(
            PluginResources.find(
                active.classLoader(), "nl/techniekpact/plugin/api/PublicPage.class"))
        .as("host classes are not the plugin's resources")
        .isEmpty();
    Optional<Object> model =
        host()
            .invoker
            .call(
                active,
                "page",
                () ->
                    active
                        .page("places")
                        .orElseThrow()
                        .model(
                            new nl.techniekpact.plugin.api.PublicPageRequest(
                                "places", Locale.ENGLISH, Map.of())));
    assertThat(model).hasValueSatisfying(m -> assertThat(m.toString()).contains("open places in"));
  }

  @Test
  void sameIdAndVersionIsRefused() {
    install("internships");

    assertRefused(
        () -> install("internships"),
        Reason.ALREADY_INSTALLED,
        "example-internships@1.0.0 is already installed");
  }

  @Test
  void upgradeReplacesTheRunningVersion() {
    install("internships");

    InstalledPlugin upgraded = install("internships-upgrade");

    assertThat(upgraded.version()).isEqualTo("1.1.0");
    assertThat(host().registry.find("example-internships").orElseThrow().version())
        .isEqualTo("1.1.0");
    assertThat(host().store.find("example-internships").orElseThrow().version()).isEqualTo("1.1.0");
  }

  @Test
  void failedUpgradeKeepsTheOldVersionRunning() {
    install("internships");
    byte[] broken =
        FixtureJars.withManifest(
            "internships",
            Map.of(
                "Plugin-Version",
                "2.0.0",
                "Plugin-Class",
                "nl.techniekpact.example.internships.Gone"));

    assertRefused(
        () -> host().lifecycle.install(broken, "broken.jar", "tester"),
        Reason.CLASSES_DO_NOT_LINK,
        "Upgrade of example-internships from 1.0.0 to 2.0.0 refused, version 1.0.0 kept");

    assertThat(host().registry.find("example-internships").orElseThrow().version())
        .isEqualTo("1.0.0");
    assertThat(host().registry.find("example-internships").orElseThrow().endpoint()).isPresent();
    assertThat(host().store.find("example-internships").orElseThrow().version()).isEqualTo("1.0.0");
  }

  @Test
  void disableStopsAndEnableStartsAgain() {
    install("internships");

    InstalledPlugin disabled = host().lifecycle.disable("example-internships", "tester");
    assertThat(disabled.state()).isEqualTo(PluginState.DISABLED);
    assertThat(host().registry.find("example-internships")).isEmpty();
    assertThat(host().store.find("example-internships").orElseThrow().reason())
        .isEqualTo("Disabled by tester");

    host().lifecycle.enable("example-internships", "tester");
    assertThat(host().registry.find("example-internships")).isPresent();
    assertThat(host().store.find("example-internships").orElseThrow().state())
        .isEqualTo(PluginState.ENABLED);
  }

  @Test
  void unloadListenerIsToldEveryUnloadedLoaderOnceTheRegistryNoLongerOffersIt() {
    List<ClassLoader> unloaded = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<Optional<ClassLoader>> registeredThen = new java.util.concurrent.CopyOnWriteArrayList<>();
    host()
        .lifecycle
        .onUnload(
            loader -> {
              unloaded.add(loader);
              registeredThen.add(
                  host().registry.find("example-internships").map(ActivePlugin::classLoader));
            });
    install("internships");
    ClassLoader first = host().registry.find("example-internships").orElseThrow().classLoader();

    install("internships-upgrade");
    ClassLoader second = host().registry.find("example-internships").orElseThrow().classLoader();
    host().lifecycle.remove("example-internships", "tester");

    assertThat(unloaded).containsExactly(first, second);
    assertThat(first).isNotSameAs(second);
    // the registry never offers a loader that is being unloaded
    assertThat(registeredThen).doesNotContain(Optional.of(first)).contains(Optional.empty());
    assertThat(registeredThen.get(1)).isEmpty();
  }

  @Test
  void aFailingUnloadListenerDoesNotStopTheRemoval() {
    host()
        .lifecycle
        .onUnload(
            loader -> {
              throw new IllegalStateException("listener broke");
            });
    install("internships");

    host().lifecycle.remove("example-internships", "tester");

    assertThat(host().registry.find("example-internships")).isEmpty();
    assertThat(host().store.list()).isEmpty();
  }

  @Test
  void removeForgetsThePlugin() {
    install("internships");

    host().lifecycle.remove("example-internships", "tester");

    assertThat(host().registry.find("example-internships")).isEmpty();
    assertThat(host().store.list()).isEmpty();
    assertThat(workDir.resolve("example-internships")).doesNotExist();
    assertRefused(
        () -> host().lifecycle.remove("example-internships", "tester"),
        Reason.NOT_INSTALLED,
        "not installed");
  }

  @Test
  void startThatThrowsIsRefusedAndLeavesNothingBehind() {
    install("internships");

    assertRefused(
        () -> install("start-fails"),
        Reason.START_FAILED,
        "fixture-start-fails@1.0.0: start() failed: java.lang.IllegalStateException: fixture: start() fails on purpose");

    assertThat(host().registry.all())
        .extracting(ActivePlugin::id)
        .containsExactly("example-internships");
    assertThat(host().store.list())
        .extracting(InstalledPlugin::id)
        .containsExactly("example-internships");
  }

  @Test
  void incompatibleApiRangeIsRefusedNamingBothVersions() {
    assertRefused(
        () -> install("wrong-api"),
        Reason.INCOMPATIBLE_API,
        "Plugin fixture-wrong-api requires plugin API ^9.0.0, but this CMS provides plugin API 0.5.0");
    assertThat(host().store.list()).isEmpty();
  }

  @Test
  void classesThatDoNotLinkAreRefusedNamingTheClass() {
    assertRefused(() -> install("missing-class"), Reason.CLASSES_DO_NOT_LINK, "LeftOutHelper");
    assertThat(host().registry.all()).isEmpty();
  }

  @Test
  void aPluginBundlingItsOwnApiCopyStillWorksWithTheHostsApi() {
    install("bundles-api");

    RestEndpoint endpoint =
        host().registry.find("fixture-bundles-api").orElseThrow().endpoint().orElseThrow();
    assertThat(endpoint).isInstanceOf(RestEndpoint.class);
  }

  @Test
  void missingDependencyIsRefusedAndAPresentOneAccepted() {
    assertRefused(
        () -> install("needs-internships"),
        Reason.MISSING_DEPENDENCY,
        "needs plugin example-internships >=1.0.0, which is not installed and enabled");

    install("internships");
    install("needs-internships");

    assertThat(host().registry.find("fixture-needs-internships")).isPresent();
    assertRefused(
        () -> host().lifecycle.disable("example-internships", "tester"),
        Reason.IN_USE,
        "fixture-needs-internships depends on example-internships");
  }

  @Test
  void upgradingADependencyRestartsItsDependents() {
    install("internships");
    install("needs-internships");

    install("internships-upgrade");

    assertThat(host().registry.find("fixture-needs-internships")).isPresent();
    assertThat(host().registry.find("example-internships").orElseThrow().version())
        .isEqualTo("1.1.0");
  }

  @Test
  void oversizedAndNonJarUploadsAreRefused() {
    TestHost small = TestHost.create(workDir.resolve("small"), 1000);

    assertRefused(
        () -> small.lifecycle.install(FixtureJars.bytes("internships"), "big.jar", "tester"),
        Reason.TOO_LARGE,
        "at most 1000 bytes");
    assertRefused(
        () -> small.lifecycle.install("hello".getBytes(), "hello.jar", "tester"),
        Reason.NOT_A_JAR,
        "hello.jar is not a jar");
  }

  @Test
  void aPluginThatKeepsFailingIsPausedWithItsReasonStored() {
    install("internships");
    install("render-fails");
    ActivePlugin failing = host().registry.find("fixture-render-fails").orElseThrow();
    FragmentRequest request =
        new FragmentRequest(PageSlot.HOME, Locale.forLanguageTag("nl"), Map.of());

    for (int i = 0; i < 5; i++) {
      assertThat(
              host()
                  .invoker
                  .call(
                      failing,
                      "fragment home",
                      () -> failing.fragments().get(0).fragment().render(request)))
          .isEmpty();
    }

    assertThat(host().registry.find("fixture-render-fails")).isEmpty();
    assertThat(host().registry.find("example-internships")).isPresent();
    InstalledPlugin paused = host().store.find("fixture-render-fails").orElseThrow();
    assertThat(paused.state()).isEqualTo(PluginState.PAUSED);
    assertThat(paused.reason())
        .startsWith("Paused after 5 failures")
        .contains("render fails on purpose");

    host().lifecycle.enable("fixture-render-fails", "tester");
    assertThat(host().store.find("fixture-render-fails").orElseThrow().reason()).isNull();
  }

  @Test
  void aRestartLoadsTheEnabledPluginsFromTheDatabase() {
    install("internships");
    install("needs-internships");
    install("bundles-api");
    host().lifecycle.disable("fixture-bundles-api", "tester");
    host().lifecycle.shutdown();

    TestHost restarted = TestHost.on(host().dataSource, workDir.resolve("node-2"), 1024 * 1024);
    restarted.lifecycle.startInstalled();

    assertThat(restarted.registry.all())
        .extracting(ActivePlugin::id)
        .containsExactly("example-internships", "fixture-needs-internships");
    restarted.lifecycle.shutdown();
  }

  @Test
  void listingShowsEveryInstalledPluginWithItsState() {
    install("internships");
    install("bundles-api");
    host().lifecycle.disable("fixture-bundles-api", "tester");

    List<InstalledPlugin> installed = host().lifecycle.installed();

    assertThat(installed)
        .extracting(InstalledPlugin::id, InstalledPlugin::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("example-internships", PluginState.ENABLED),
            org.assertj.core.groups.Tuple.tuple("fixture-bundles-api", PluginState.DISABLED));
  }

  private static void assertRefused(ThrowingCallable call, Reason reason, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            PluginRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .hasMessageContaining(message);
  }
}
