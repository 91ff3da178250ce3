package nl.techniekpact.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublicationStateTest {

  private static final Instant NINE = Instant.parse("2026-01-05T09:00:00Z");

  @Test
  void aDraftIsNeverVisible() {
    assertThat(PublicationState.draft().isVisibleAt(NINE)).isFalse();
  }

  @Test
  void aScheduleBecomesVisibleAtItsMoment() {
    PublicationState state = PublicationState.draft().scheduleAt(NINE);

    assertThat(state.getStatus()).isEqualTo(PublicationStatus.SCHEDULED);
    assertThat(state.isVisibleAt(NINE.minusSeconds(1))).isFalse();
    assertThat(state.isVisibleAt(NINE)).isTrue();
  }

  @Test
  void publishingRecordsTheMomentAndArchivingHides() {
    PublicationState published = PublicationState.draft().publish(NINE);

    assertThat(published.getAt()).hasValue(NINE);
    assertThat(published.isVisibleAt(NINE.minusSeconds(3600))).isTrue();
    assertThat(published.archive().isVisibleAt(NINE)).isFalse();
    assertThat(published.withdraw()).isEqualTo(PublicationState.draft());
  }

  @Test
  void aScheduleNeedsAMoment() {
    assertThatThrownBy(() -> PublicationState.scheduledAt(null))
        .isInstanceOf(MissingValueException.class)
        .hasMessage("publication.at is required but was null");
  }

  @Test
  void onlyScheduledAndPublishedStatesCarryAMoment() {
    assertThatThrownBy(() -> PublicationState.of(PublicationStatus.DRAFT, NINE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "publication.at \"2026-01-05T09:00:00Z\" is invalid: only a scheduled or published"
                + " state has a moment");
    assertThat(PublicationState.of(PublicationStatus.PUBLISHED, null).getAt()).isEmpty();
  }

  @Test
  void anEntityChangesItsStateThroughIntentMethods() {
    nl.techniekpact.model.casestudy.CaseStudy c =
        new nl.techniekpact.model.casestudy.CaseStudy(
            Slug.of("x"), LocalizedText.of("X"), LocalizedText.of("Samenvatting"));

    assertThat(c.getPublication()).isEqualTo(PublicationState.draft());
    c.scheduleAt(NINE);
    assertThat(c.isVisibleAt(NINE)).isTrue();
    c.archive();
    assertThat(c.getPublication().getStatus()).isEqualTo(PublicationStatus.ARCHIVED);
    c.publish(NINE);
    assertThat(c.getPublication()).isEqualTo(PublicationState.published(NINE));
  }

  @Test
  void anEndHidesFromItsMomentOn() {
    PublicationState campaign =
        PublicationState.scheduledAt(NINE).unpublishAt(NINE.plusSeconds(60));

    assertThat(campaign.isVisibleAt(NINE)).isTrue();
    assertThat(campaign.isVisibleAt(NINE.plusSeconds(59))).isTrue();
    assertThat(campaign.isVisibleAt(NINE.plusSeconds(60))).isFalse();
    assertThat(campaign.getUntil()).hasValue(NINE.plusSeconds(60));
    assertThat(campaign.unpublishAt(null).getUntil()).isEmpty();
    assertThat(campaign).isNotEqualTo(PublicationState.scheduledAt(NINE));
  }

  @Test
  void onlyAPublishedOrScheduledStateEndsAndNotBeforeItStarts() {
    assertThatThrownBy(() -> PublicationState.draft().unpublishAt(NINE))
        .isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((DomainException) e).getField())
        .isEqualTo("publication.until");
    assertThatThrownBy(() -> PublicationState.scheduledAt(NINE).unpublishAt(NINE))
        .isInstanceOf(InvalidValueException.class);
    assertThat(PublicationState.of(PublicationStatus.PUBLISHED, NINE, NINE).isVisibleAt(NINE))
        .isFalse();
  }

  @Test
  void aSoftlyDeletedEntityIsNeverVisibleUntilRestored() {
    nl.techniekpact.model.casestudy.CaseStudy c =
        new nl.techniekpact.model.casestudy.CaseStudy(
            Slug.of("x"), LocalizedText.of("X"), LocalizedText.of("Samenvatting"));
    c.publish(NINE);

    c.delete(NINE);
    assertThat(c.isDeleted()).isTrue();
    assertThat(c.getDeletedAt()).isEqualTo(NINE);
    assertThat(c.isVisibleAt(NINE)).isFalse();
    c.restore();
    assertThat(c.isVisibleAt(NINE)).isTrue();
    assertThat(c.getPublication()).isEqualTo(PublicationState.published(NINE));
  }
}
