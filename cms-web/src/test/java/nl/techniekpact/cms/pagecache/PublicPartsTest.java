package nl.techniekpact.cms.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.techniekpact.cms.plugin.host.PluginsChanged;
import nl.techniekpact.cms.plugin.settings.PluginSettingChanged;
import nl.techniekpact.cms.publishing.ContentChanged;
import nl.techniekpact.cms.testing.MovingClock;
import nl.techniekpact.plugin.api.ContentEvent;
import org.junit.jupiter.api.Test;

class PublicPartsTest {

  private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");

  private final MovingClock clock = new MovingClock(T0);
  private final KnownMoments moments = new KnownMoments();
  private final PublicVersion version = new PublicVersion(moments, clock);
  private final PublicParts parts = new PublicParts(version);
  private final AtomicInteger computed = new AtomicInteger();

  private String compute() {
    return "part " + computed.incrementAndGet();
  }

  @Test
  void aPartIsComputedOnceAndKeptUntilSomethingChanges() {
    assertThat(parts.get("home", this::compute)).isEqualTo("part 1");
    assertThat(parts.get("home", this::compute)).isEqualTo("part 1");
    assertThat(parts.get("other", this::compute)).isEqualTo("part 2");
    assertThat(moments.asked).isEqualTo(1);
  }

  @Test
  void committedContentChangesPluginChangesAndSettingChangesDropEveryPart() {
    parts.get("home", this::compute);
    version.onContent(ContentChanged.of("case-study", "x", ContentEvent.Kind.UNPUBLISHED));
    assertThat(parts.get("home", this::compute)).isEqualTo("part 2");

    version.onPlugins(new PluginsChanged("p", T0));
    assertThat(parts.get("home", this::compute)).isEqualTo("part 3");

    version.onSetting(new PluginSettingChanged("p", "k"));
    assertThat(parts.get("home", this::compute)).isEqualTo("part 4");
    assertThat(version.moves()).isEqualTo(3);
  }

  @Test
  void aPartComputedWhileTheContentChangedIsNotKept() {
    String during =
        parts.get(
            "home",
            () -> {
              // a writer commits while this request reads the old content
              version.onContent(
                  new ContentChanged("case-study", "x", ContentEvent.Kind.UPDATED, Set.of(), T0));
              return compute();
            });

    assertThat(during).isEqualTo("part 1");
    assertThat(parts.size()).isZero();
    assertThat(parts.get("home", this::compute)).isEqualTo("part 2");
  }

  @Test
  void everyPartIsDroppedWhenThePublicationMomentPassesWithoutAnEvent() {
    moments.next = T0.plusSeconds(10);
    parts.get("home", this::compute);

    clock.set(T0.plusSeconds(10).minusNanos(1000));
    assertThat(parts.get("home", this::compute)).isEqualTo("part 1");

    clock.set(T0.plusSeconds(10));
    moments.next = Instant.MAX;
    assertThat(parts.get("home", this::compute)).isEqualTo("part 2");
    assertThat(parts.get("home", this::compute)).isEqualTo("part 2");
    assertThat(moments.asked).isEqualTo(2);
  }

  @Test
  void nothingIsKeptWhileTheNextMomentIsUnknown() {
    moments.next = null;
    assertThat(parts.get("home", this::compute)).isEqualTo("part 1");
    assertThat(parts.get("home", this::compute)).isEqualTo("part 2");

    moments.next = Instant.MAX;
    assertThat(parts.get("home", this::compute)).isEqualTo("part 3");
    assertThat(parts.get("home", this::compute)).isEqualTo("part 3");
  }

  @Test
  void aPartNotFitToKeepIsShownToItsRequestAndComputedAgainForTheNext() {
    assertThat(parts.get("menu", this::compute, part -> !part.equals("part 1")))
        .isEqualTo("part 1");
    assertThat(parts.get("menu", this::compute, part -> !part.equals("part 1")))
        .isEqualTo("part 2");
    assertThat(parts.get("menu", this::compute, part -> !part.equals("part 1")))
        .isEqualTo("part 2");
  }

  @Test
  void aPartComputedAsNullIsNotKept() {
    assertThat(parts.<String>get("failed", () -> null)).isNull();
    assertThat(parts.get("failed", this::compute)).isEqualTo("part 1");
  }

  @Test
  void aPartComputedAcrossItsMomentIsDroppedOnTheNextRequest() {
    moments.next = T0.plusSeconds(1);
    String stale =
        parts.get(
            "home",
            () -> {
              clock.set(T0.plus(Duration.ofSeconds(2)));
              return compute();
            });
    assertThat(stale).isEqualTo("part 1");

    moments.next = Instant.MAX;
    assertThat(parts.get("home", this::compute)).isEqualTo("part 2");
  }
}
