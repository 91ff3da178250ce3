package nl.techniekpact.model.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import nl.techniekpact.model.region.Province;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.PublicationStatus;
import nl.techniekpact.model.shared.Slug;
import org.junit.jupiter.api.Test;

/** The rule and the filters of one listed case, without a database. */
class ListedCaseTest {

  private static final Instant AT = Instant.parse("2026-11-28T12:00:00.000001Z");

  private static ListedCase scheduled(Instant start, Instant end) {
    return ListedCase.of(
        1,
        PublicationStatus.SCHEDULED,
        start.atOffset(ZoneOffset.UTC),
        end == null ? null : end.atOffset(ZoneOffset.UTC),
        null,
        7L,
        new long[] {3, 1},
        Set.of(EducationLevel.MBO, EducationLevel.PO));
  }

  @Test
  void aScheduledCaseIsVisibleFromItsStartToJustBeforeItsEnd() {
    ListedCase listed = scheduled(AT, AT.plusSeconds(60));

    assertThat(listed.visibleAt(AT.minusNanos(1000))).isFalse();
    assertThat(listed.visibleAt(AT.minusNanos(1))).isFalse();
    assertThat(listed.visibleAt(AT)).isTrue();
    assertThat(listed.visibleAt(AT.plusSeconds(60).minusNanos(1))).isTrue();
    assertThat(listed.visibleAt(AT.plusSeconds(60))).isFalse();
  }

  @Test
  void deletedDraftAndArchivedCasesAreNeverVisible() {
    ListedCase base = scheduled(AT, null);
    Instant later = AT.plusSeconds(3600);

    assertThat(base.visibleAt(later)).isTrue();
    assertThat(
            new ListedCase(1, base.status(), base.at(), base.until(), true, 7, base.goals(), 0)
                .visibleAt(later))
        .isFalse();
    for (PublicationStatus hidden : List.of(PublicationStatus.DRAFT, PublicationStatus.ARCHIVED)) {
      assertThat(
              new ListedCase(1, hidden, base.at(), base.until(), false, 7, base.goals(), 0)
                  .visibleAt(later))
          .isFalse();
    }
  }

  @Test
  void filtersMatchOnRegionGoalAndLevelTogether() {
    ListedCase listed = scheduled(AT, null);
    Region unsaved = new Region(Slug.of("nieuw"), "Nieuw", List.of(Province.ZEELAND));

    assertThat(listed.matches(CaseFilter.ALL)).isTrue();
    assertThat(listed.matches(CaseFilter.ALL.atLevel(EducationLevel.MBO))).isTrue();
    assertThat(listed.matches(CaseFilter.ALL.atLevel(EducationLevel.VO))).isFalse();
    assertThat(listed.matches(CaseFilter.ALL.inRegion(unsaved)))
        .as("a region without an id, which no case is in")
        .isFalse();
    assertThat(listed.goals()).containsExactly(1, 3);
  }
}
