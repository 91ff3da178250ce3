package nl.techniekpact.cms.plugin.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.cms.plugin.host.ActivePlugin;
import nl.techniekpact.cms.plugin.host.PluginInvoker;
import nl.techniekpact.plugin.api.ContentEvent;
import nl.techniekpact.plugin.api.ContentEventListener;
import org.junit.jupiter.api.Test;

class ListenerCallsTest {

  private static final ContentEvent EVENT =
      new ContentEvent(ContentEvent.Kind.PUBLISHED, "example/place", "monteur", Instant.EPOCH);

  private final List<String> paused = new ArrayList<>();
  private final PluginInvoker invoker =
      new PluginInvoker(
          new PluginInvoker.Policy(2, Duration.ofMinutes(1), Duration.ofSeconds(1)),
          Clock.systemUTC());

  ListenerCallsTest() {
    invoker.onPause((id, reason) -> paused.add(id + ": " + reason));
  }

  private static ActivePlugin plugin(String id, ContentEventListener... listeners) {
    return new ActivePlugin(
        id,
        "1.0.0",
        new URLClassLoader(new URL[0], null),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(listeners),
        List.of(),
        "0".repeat(64));
  }

  @Test
  void everyListenerOfEveryPluginIsToldWithItsOwnClassLoader() {
    List<String> heard = new ArrayList<>();
    ActivePlugin first = plugin("first", event -> heard.add("first " + event.slug()));
    ActivePlugin second =
        plugin(
            "second",
            event ->
                heard.add(
                    "second "
                        + (Thread.currentThread().getContextClassLoader()
                            == ListenerCallsTest.class.getClassLoader())));

    int told = ListenerCalls.tell(List.of(first, second), invoker, EVENT, Duration.ofSeconds(2));

    assertThat(told).isEqualTo(2);
    assertThat(heard).containsExactly("first monteur", "second false");
  }

  @Test
  void aThrowingListenerIsCountedAndPausedWithoutStoppingTheOthers() {
    List<String> heard = new ArrayList<>();
    ActivePlugin broken =
        plugin(
            "broken",
            event -> {
              throw new IllegalStateException("boom");
            });
    ActivePlugin healthy = plugin("healthy", event -> heard.add(event.slug()));

    ListenerCalls.tell(List.of(broken, healthy), invoker, EVENT, Duration.ofSeconds(2));
    ListenerCalls.tell(List.of(broken, healthy), invoker, EVENT, Duration.ofSeconds(2));

    assertThat(heard).containsExactly("monteur", "monteur");
    assertThat(paused).singleElement().asString().startsWith("broken: ").contains("boom");
  }

  @Test
  void aListenerThatMeetsADatabaseOutageIsNeitherCountedNorInTheWayOfTheOthers() {
    List<String> heard = new ArrayList<>();
    ActivePlugin reading =
        plugin(
            "reading",
            event -> {
              throw new IllegalStateException(
                  new java.sql.SQLTransientConnectionException("Connection refused", "08001"));
            });
    ActivePlugin healthy = plugin("healthy", event -> heard.add(event.slug()));

    int told = ListenerCalls.tell(List.of(reading, healthy), invoker, EVENT, Duration.ofSeconds(2));
    ListenerCalls.tell(List.of(reading, healthy), invoker, EVENT, Duration.ofSeconds(2));

    assertThat(told).isEqualTo(1);
    assertThat(heard).containsExactly("monteur", "monteur");
    assertThat(invoker.recentFailures("reading")).isZero();
    assertThat(paused).isEmpty();
  }

  @Test
  void aListenerSlowerThanTheLimitCountsAsAFailure() {
    ActivePlugin slow =
        plugin(
            "slow",
            event -> {
              try {
                Thread.sleep(60);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });

    int told = ListenerCalls.tell(List.of(slow), invoker, EVENT, Duration.ofMillis(10));
    ListenerCalls.tell(List.of(slow), invoker, EVENT, Duration.ofMillis(10));

    assertThat(told).isZero();
    assertThat(paused).singleElement().asString().startsWith("slow: ").contains("limit 10 ms");
  }
}
