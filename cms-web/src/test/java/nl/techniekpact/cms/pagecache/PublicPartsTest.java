package nl.techniekpact.cms.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.techniekpact.cms.plugin.host.PluginsChanged;
import nl.techniekpact.cms.plugin.settings.PluginSettingChanged;
import nl.techniekpact.cms.publishing.ContentChanged;
import nl.techniekpact.plugin.api.ContentEvent;
import org.junit.jupiter.api.Test;

class PublicPartsTest {

  private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");

  /** A clock tests move by hand. */
  private static final class MovingClock extends Clock {
    private Instant now = T0;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** Moments answered from a field; {@code null} means the database fails. */
  private static final class Moments extends ScheduledMoments {
    private Instant next = Instant.MAX;
    private int asked;

    @Override
    public Instant nextChange(Instant after) throws SQLException {
      asked++;
      if (next == null) {
        throw new SQLException("database down");
      }
      return next;
    }
  }

  private final MovingClock clock = new MovingClock();
  private final Moments moments = new Moments();
  private final PublicParts parts = new PublicParts(moments, clock);
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
    parts.onContent(ContentChanged.of("case-study", "x", ContentEvent.Kind.UNPUBLISHED));
    assertThat(parts.get("home", this::compute)).isEqualTo("part 2");

    parts.onPlugins(new PluginsChanged("p", T0));
    assertThat(parts.get("home", this::compute)).isEqualTo("part 3");

    parts.onSetting(new PluginSettingChanged("p", "k"));
    assertThat(parts.get("home", this::compute)).isEqualTo("part 4");
    assertThat(parts.drops()).isEqualTo(3);
  }

  @Test
  void aPartComputedWhileTheContentChangedIsNotKept() {
    String during =
        parts.get(
            "home",
            () -> {
              // a writer commits while this request reads the old content
              parts.onContent(
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

    clock.now = T0.plusSeconds(10).minusNanos(1000);
    assertThat(parts.get("home", this::compute)).isEqualTo("part 1");

    clock.now = T0.plusSeconds(10);
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
              clock.now = T0.plus(Duration.ofSeconds(2));
              return compute();
            });
    assertThat(stale).isEqualTo("part 1");

    moments.next = Instant.MAX;
    assertThat(parts.get("home", this::compute)).isEqualTo("part 2");
  }
}
