package nl.techniekpact.cms.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.cms.testing.MovingClock;
import org.junit.jupiter.api.Test;

class PluginInvokerTest {

  private final MovingClock clock = new MovingClock(Instant.parse("2026-11-28T10:00:00Z"));
  private final PluginInvoker invoker =
      new PluginInvoker(
          new PluginInvoker.Policy(3, Duration.ofSeconds(60), Duration.ofSeconds(1)), clock);
  private final List<String> paused = new ArrayList<>();
  private final ClassLoader pluginLoader = new URLClassLoader(new URL[0], null);
  private final ActivePlugin plugin =
      new ActivePlugin(
          "p",
          "1.0.0",
          pluginLoader,
          Optional.empty(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          "0".repeat(64));

  PluginInvokerTest() {
    invoker.onPause((id, reason) -> paused.add(id + ": " + reason));
  }

  @Test
  void callRunsWithThePluginsContextClassLoaderAndRestoresIt() {
    ClassLoader before = Thread.currentThread().getContextClassLoader();

    Optional<ClassLoader> during =
        invoker.call(plugin, "test", () -> Thread.currentThread().getContextClassLoader());

    assertThat(during).containsSame(pluginLoader);
    assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
  }

  @Test
  void aThrowingCallIsEmptyAndCountedAndRestoresTheContextClassLoader() {
    ClassLoader before = Thread.currentThread().getContextClassLoader();

    Optional<String> result =
        invoker.call(
            plugin,
            "render",
            () -> {
              throw new IllegalStateException("boom");
            });

    assertThat(result).isEmpty();
    assertThat(invoker.recentFailures("p")).isEqualTo(1);
    assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
    assertThat(paused).isEmpty();
  }

  @Test
  void aCallThatMeetsADatabaseOutageIsNotThePluginsFailureAndReachesTheRequest() {
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    RuntimeException outage =
        new IllegalStateException(
            "read failed",
            new java.sql.SQLTransientConnectionException("Connection refused", "08001"));

    assertThatThrownBy(
            () ->
                invoker.call(
                    plugin,
                    "page cases",
                    () -> {
                      throw outage;
                    }))
        .hasRootCauseInstanceOf(java.sql.SQLTransientConnectionException.class);
    invoker.failed("p", "GET /api/v1/plugins/p/items", outage);

    assertThat(invoker.recentFailures("p")).isZero();
    assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
  }

  @Test
  void linkageErrorsAreContainedToo() {
    Optional<String> result =
        invoker.call(
            plugin,
            "render",
            () -> {
              throw new NoClassDefFoundError("gone/Missing");
            });

    assertThat(result).isEmpty();
    assertThat(invoker.recentFailures("p")).isEqualTo(1);
  }

  @Test
  void failingTooOftenWithinTheWindowPausesThePluginWithTheReason() {
    for (int i = 0; i < 3; i++) {
      invoker.call(
          plugin,
          "fragment home",
          () -> {
            throw new IllegalStateException("render fails");
          });
    }

    assertThat(paused)
        .singleElement()
        .asString()
        .startsWith("p: Paused after 3 failures within 60 s")
        .contains("fragment home")
        .contains("IllegalStateException: render fails");
    assertThat(invoker.recentFailures("p")).isZero();
  }

  @Test
  void failuresOutsideTheWindowAreForgotten() {
    invoker.failed("p", "a", new RuntimeException());
    invoker.failed("p", "b", new RuntimeException());
    clock.advance(Duration.ofSeconds(61));
    invoker.failed("p", "c", new RuntimeException());

    assertThat(paused).isEmpty();
    assertThat(invoker.recentFailures("p")).isEqualTo(1);
  }

  @Test
  void failuresAreCountedPerPlugin() {
    invoker.failed("p", "a", new RuntimeException());
    invoker.failed("p", "a", new RuntimeException());
    invoker.failed("q", "a", new RuntimeException());

    assertThat(paused).isEmpty();
    assertThat(invoker.recentFailures("p")).isEqualTo(2);
    assertThat(invoker.recentFailures("q")).isEqualTo(1);
  }

  @Test
  void resetForgetsFailures() {
    invoker.failed("p", "a", new RuntimeException());
    invoker.reset("p");

    assertThat(invoker.recentFailures("p")).isZero();
  }
}
