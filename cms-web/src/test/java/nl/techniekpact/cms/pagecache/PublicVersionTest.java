package nl.techniekpact.cms.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.techniekpact.cms.plugin.host.PluginsChanged;
import nl.techniekpact.cms.plugin.settings.PluginSettingChanged;
import nl.techniekpact.cms.publishing.ContentChanged;
import nl.techniekpact.cms.testing.MovingClock;
import nl.techniekpact.plugin.api.ContentEvent;
import org.junit.jupiter.api.Test;

class PublicVersionTest {

  private static final Instant T0 = Instant.parse("2026-11-28T12:00:00.250Z");

  private final MovingClock clock = new MovingClock(T0);
  private final KnownMoments moments = new KnownMoments();
  private final PublicVersion version = new PublicVersion(moments, clock);

  private long number() {
    return version.current().orElseThrow().number();
  }

  @Test
  void theNextMomentIsLookedUpOnceAfterEachMove() {
    moments.next = T0.plusSeconds(60);

    PublicVersion.Version first = version.current().orElseThrow();
    version.current();
    version.current();

    assertThat(first.until()).isEqualTo(T0.plusSeconds(60));
    assertThat(moments.asked).isEqualTo(1);

    version.moveOn("test");
    version.current();
    assertThat(moments.asked).isEqualTo(2);
  }

  @Test
  void committedContentPluginAndSettingChangesEachMoveTheVersionOn() {
    long start = number();

    version.onContent(ContentChanged.of("case-study", "x", ContentEvent.Kind.PUBLISHED));
    assertThat(number()).isEqualTo(start + 1);
    version.onPlugins(new PluginsChanged("p", T0));
    assertThat(number()).isEqualTo(start + 2);
    version.onSetting(new PluginSettingChanged("p", "k"));
    assertThat(number()).isEqualTo(start + 3);
    assertThat(version.moves()).isEqualTo(3);
  }

  @Test
  void theVersionMovesOnAtItsMomentWithoutAnEvent() {
    moments.next = T0.plusSeconds(10);
    long start = number();

    clock.set(T0.plusSeconds(10).minusNanos(1000));
    assertThat(number()).isEqualTo(start);

    clock.set(T0.plusSeconds(10));
    moments.next = Instant.MAX;
    assertThat(number()).isEqualTo(start + 1);
    assertThat(version.current().orElseThrow().since())
        .isEqualTo(Instant.parse("2026-11-28T12:00:11Z"));
  }

  @Test
  void whatWasReadUnderAVersionIsStillValidOnlyUntilItMovesOnOrItsMomentPasses() {
    moments.next = T0.plusSeconds(10);
    PublicVersion.Version read = version.current().orElseThrow();
    assertThat(version.isStill(read)).isTrue();

    clock.set(T0.plusSeconds(10));
    assertThat(version.isStill(read)).isFalse();

    clock.set(T0);
    version.onContent(ContentChanged.of("region", "noord", ContentEvent.Kind.UPDATED));
    assertThat(version.isStill(read)).isFalse();
  }

  @Test
  void theVersionIsKnownWithoutTheDatabaseOnlyWhileItsMomentIsAheadOfUs() {
    assertThat(version.known()).isEmpty();

    moments.next = T0.plusSeconds(5);
    version.current();
    assertThat(version.known()).isPresent();

    clock.set(T0.plusSeconds(5));
    assertThat(version.known()).isEmpty();

    version.current();
    version.moveOn("test");
    assertThat(version.known()).isEmpty();
  }

  @Test
  void nothingIsValidWhileTheNextMomentIsUnknown() {
    moments.next = null;
    assertThat(version.current()).isEmpty();
    assertThat(version.known()).isEmpty();

    moments.next = Instant.MAX;
    assertThat(version.current()).isPresent();
  }

  @Test
  void theContentsLastModifiedIsTheFirstWholeSecondAfterTheMove() {
    assertThat(version.current().orElseThrow().since())
        .isEqualTo(Instant.parse("2026-11-28T12:00:01Z"));

    clock.set(Instant.parse("2026-11-28T12:00:07Z"));
    version.moveOn("test");

    assertThat(version.current().orElseThrow().since())
        .as("a move on a whole second is still before its Last-Modified")
        .isEqualTo(Instant.parse("2026-11-28T12:00:08Z"));
  }
}
