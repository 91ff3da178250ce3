package nl.techniekpact.cms.publishing.web;

import static nl.techniekpact.model.shared.PublicationStatus.ARCHIVED;
import static nl.techniekpact.model.shared.PublicationStatus.DRAFT;
import static nl.techniekpact.model.shared.PublicationStatus.PUBLISHED;
import static nl.techniekpact.model.shared.PublicationStatus.SCHEDULED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OnTheSiteTest {

  private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
  private static final Instant EARLIER = NOW.minusSeconds(3600);
  private static final Instant LATER = NOW.plusSeconds(3600);

  @Test
  void publishedAndDueScheduledItemsAreOnTheSiteUntilTheirEnd() {
    assertThat(OnTheSite.visible(PUBLISHED, EARLIER, null, null, NOW)).isTrue();
    assertThat(OnTheSite.visible(SCHEDULED, EARLIER, null, null, NOW)).isTrue();
    assertThat(OnTheSite.visible(PUBLISHED, EARLIER, LATER, null, NOW)).isTrue();
    assertThat(OnTheSite.visible(PUBLISHED, EARLIER.minusSeconds(60), EARLIER, null, NOW))
        .isFalse();
  }

  @Test
  void draftsArchivedDeletedAndLaterScheduledItemsAreNot() {
    assertThat(OnTheSite.visible(DRAFT, null, null, null, NOW)).isFalse();
    assertThat(OnTheSite.visible(ARCHIVED, null, null, null, NOW)).isFalse();
    assertThat(OnTheSite.visible(SCHEDULED, LATER, null, null, NOW)).isFalse();
    assertThat(OnTheSite.visible(PUBLISHED, EARLIER, null, EARLIER, NOW)).isFalse();
  }
}
