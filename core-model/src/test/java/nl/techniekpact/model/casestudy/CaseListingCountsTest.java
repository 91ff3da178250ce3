package nl.techniekpact.model.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.PublicationStatus;
import org.junit.jupiter.api.Test;

/**
 * The counts a listing keeps between two scheduled moments are never answered across one, nor after
 * a change (without a database; {@link CaseListingTest} checks them against the database).
 */
class CaseListingCountsTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00.000001Z");
  private static final Instant START = NOW.plusSeconds(60);
  private static final Instant END = NOW.plusSeconds(120);

  private static ListedCase listed(
      long id, PublicationStatus status, Instant at, Instant until, EducationLevel level) {
    return ListedCase.of(
        id,
        status,
        at == null ? null : at.atOffset(ZoneOffset.UTC),
        until == null ? null : until.atOffset(ZoneOffset.UTC),
        null,
        1L,
        new long[] {4},
        Set.of(level));
  }

  private static CaseListing listing() {
    List<ListedCase> all = new ArrayList<>();
    for (long id = 1; id <= 10; id++) {
      all.add(
          listed(id, PublicationStatus.PUBLISHED, NOW.minusSeconds(60), null, EducationLevel.PO));
    }
    // one starts at START, one ends at END
    all.add(listed(11, PublicationStatus.SCHEDULED, START, null, EducationLevel.PO));
    all.add(listed(12, PublicationStatus.PUBLISHED, NOW.minusSeconds(60), END, EducationLevel.MBO));
    CaseListing listing = new CaseListing();
    listing.replaceAll(all);
    return listing;
  }

  @Test
  void aCountIsAnsweredAgainOnlyUntilTheNextScheduledStartOrEnd() {
    CaseListing listing = listing();
    CaseFilter all = CaseFilter.ALL;

    assertThat(listing.count(all, NOW)).isEqualTo(11);
    assertThat(listing.count(all, START.minusNanos(1000))).isEqualTo(11);
    assertThat(listing.count(all, START)).isEqualTo(12);
    assertThat(listing.count(all, START.plusSeconds(1))).isEqualTo(12);
    assertThat(listing.count(all, END.minusNanos(1000))).isEqualTo(12);
    assertThat(listing.count(all, END)).isEqualTo(11);
    assertThat(listing.count(all, END.plusSeconds(3600))).isEqualTo(11);
    // and back: an earlier moment is not answered with a later count
    assertThat(listing.count(all, NOW)).isEqualTo(11);
    assertThat(listing.count(all, START)).isEqualTo(12);
  }

  @Test
  void eachFilterKeepsItsOwnCount() {
    CaseListing listing = listing();

    assertThat(listing.count(CaseFilter.ALL.atLevel(EducationLevel.MBO), NOW)).isEqualTo(1);
    assertThat(listing.count(CaseFilter.ALL.atLevel(EducationLevel.PO), NOW)).isEqualTo(10);
    assertThat(listing.count(CaseFilter.ALL.atLevel(EducationLevel.MBO), NOW)).isEqualTo(1);
    assertThat(listing.count(CaseFilter.ALL.atLevel(EducationLevel.VO), NOW)).isZero();
  }

  @Test
  void aChangeIsCountedAtOnce() {
    CaseListing listing = listing();
    assertThat(listing.count(CaseFilter.ALL, NOW)).isEqualTo(11);

    listing.put(listed(5, PublicationStatus.DRAFT, null, null, EducationLevel.PO));
    assertThat(listing.count(CaseFilter.ALL, NOW)).isEqualTo(10);

    listing.remove(6);
    assertThat(listing.count(CaseFilter.ALL, NOW)).isEqualTo(9);

    listing.put(
        listed(40, PublicationStatus.PUBLISHED, NOW.minusSeconds(1), null, EducationLevel.VO));
    assertThat(listing.count(CaseFilter.ALL, NOW)).isEqualTo(10);
    assertThat(listing.count(CaseFilter.ALL.atLevel(EducationLevel.VO), NOW)).isEqualTo(1);

    listing.replaceAll(List.of());
    assertThat(listing.count(CaseFilter.ALL, NOW)).isZero();
  }
}
