package nl.techniekpact.cms.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackgroundLoadGateTest {

  private static final long SECOND = 1_000_000_000L;

  private final BackgroundLoadGate gate = new BackgroundLoadGate(Duration.ofSeconds(10));

  @Test
  void staysClosedWhileTheWebModuleDoesNotServeEvenWhenPagesAreRendered() {
    assertThat(gate.pageRendered()).isEmpty();
    assertThat(gate.check(100 * SECOND)).isEmpty();
    assertThat(gate.isOpen()).isFalse();
    assertThat(gate.isServing()).isFalse();
  }

  @Test
  void opensAtTheFirstPageRenderedOnceTheWebModuleServes() {
    gate.serving(5 * SECOND);
    assertThat(gate.isServing()).isTrue();
    assertThat(gate.check(6 * SECOND)).isEmpty();
    assertThat(gate.isOpen()).isFalse();

    assertThat(gate.pageRendered()).contains("first page rendered");
    assertThat(gate.isOpen()).isTrue();
    assertThat(gate.pageRendered()).as("opens once").isEmpty();
    assertThat(gate.check(60 * SECOND)).as("the grace period no longer reopens it").isEmpty();
    assertThat(gate.isOpen()).isTrue();
  }

  @Test
  void opensAfterTheGracePeriodWhenNoPageIsAskedFor() {
    gate.serving(-3 * SECOND);
    assertThat(gate.check(6 * SECOND)).isEmpty();
    assertThat(gate.isOpen()).isFalse();

    assertThat(gate.check(7 * SECOND)).contains("no page asked for in the first 10 s");
    assertThat(gate.isOpen()).isTrue();
    assertThat(gate.check(8 * SECOND)).isEmpty();
    assertThat(gate.pageRendered()).isEmpty();
  }

  @Test
  void countsTheGracePeriodFromTheFirstTimeTheWebModuleServes() {
    assertThat(gate.serving(0)).isTrue();
    assertThat(gate.serving(9 * SECOND)).as("only the first call counts").isFalse();
    assertThat(gate.check(10 * SECOND)).isPresent();
  }
}
