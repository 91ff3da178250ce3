package nl.techniekpact.cms.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.techniekpact.plugin.api.FragmentRequest;
import nl.techniekpact.plugin.api.PageSlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installing and removing a plugin 50 times leaves no plugin class loader behind: after garbage
 * collection every one of them is gone.
 */
class PluginClassLoaderLeakTest {

  static final int CYCLES = 50;

  @TempDir Path workDir;

  @Test
  void fiftyInstallRemoveCyclesLeaveNoPluginClassLoader() throws InterruptedException {
    TestHost host = TestHost.create(workDir);
    byte[] jar = FixtureJars.bytes("internships");
    List<WeakReference<ClassLoader>> loaders = new ArrayList<>();

    for (int i = 0; i < CYCLES; i++) {
      host.lifecycle.install(jar, "internships.jar", "leak-test");
      loaders.add(useAndForget(host));
      host.lifecycle.remove("example-internships", "leak-test");
    }

    int alive = aliveAfterGc(loaders);
    System.out.println(
        "PluginClassLoaderLeakTest: "
            + CYCLES
            + " install/remove cycles, "
            + alive
            + " plugin class loaders alive after GC");
    assertThat(alive).as("plugin class loaders still reachable").isZero();
  }

  /** Uses the plugin as a request would (fragment, endpoint) and keeps only a weak reference. */
  private static WeakReference<ClassLoader> useAndForget(TestHost host) {
    ActivePlugin plugin = host.registry.find("example-internships").orElseThrow();
    host.invoker.call(
        plugin,
        "fragment",
        () ->
            plugin
                .fragments()
                .get(0)
                .fragment()
                .render(new FragmentRequest(PageSlot.HOME, Locale.ENGLISH, Map.of())));
    assertThat(plugin.classLoader()).isInstanceOf(HostPluginClassLoader.class);
    return new WeakReference<>(plugin.classLoader());
  }

  private static int aliveAfterGc(List<WeakReference<ClassLoader>> loaders)
      throws InterruptedException {
    for (int attempt = 0; attempt < 20; attempt++) {
      System.gc();
      byte[][] pressure = new byte[64][];
      for (int i = 0; i < pressure.length; i++) {
        pressure[i] = new byte[256 * 1024];
      }
      Thread.sleep(50);
      if (loaders.stream().allMatch(ref -> ref.get() == null)) {
        return 0;
      }
    }
    return (int) loaders.stream().filter(ref -> ref.get() != null).count();
  }
}
