package nl.techniekpact.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import nl.techniekpact.model.testing.GeneratedCases;
import nl.techniekpact.model.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** An import larger than one flush: order, content and progress. */
class LargeCatalogueImportTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  @Test
  void byDefaultTheIdsFollowTheCatalogueOrder() {
    Catalogue big = GeneratedCases.around(300, NOW, 11);
    try (TestDatabase db = TestDatabase.h2()) {
      db.transact(em -> CatalogueImport.into(em).persist(big));

      Catalogue exported = db.read(em -> CatalogueExport.from(em).read());

      // the export lists by id: equal lists mean the ids follow the catalogue's order
      assertThat(exported).isEqualTo(big);
    }
  }

  @Test
  void inChunksEveryEntityArrivesAndChunksFollowEachOtherInOrder() {
    int chunk = 100;
    Catalogue big = GeneratedCases.around(3 * chunk + 17, NOW, 12);
    try (TestDatabase db = TestDatabase.h2()) {
      db.transact(em -> CatalogueImport.into(em).inChunksOf(chunk).persist(big));

      Catalogue exported = db.read(em -> CatalogueExport.from(em).read());

      assertThat(exported.cases()).containsExactlyInAnyOrderElementsOf(big.cases());
      assertThat(exported.organisations()).containsExactlyInAnyOrderElementsOf(big.organisations());
      assertThat(exported.regions()).containsExactlyInAnyOrderElementsOf(big.regions());
      assertThat(exported.pacts()).isEqualTo(big.pacts());
      // the seed's nine cases and the first 91 generated ones form the first chunk, and so on
      List<CaseStudyEntry> cases = exported.cases();
      for (int from = 0; from < cases.size(); from += chunk) {
        int to = Math.min(cases.size(), from + chunk);
        assertThat(cases.subList(from, to))
            .as("chunk from %d", from)
            .containsExactlyInAnyOrderElementsOf(big.cases().subList(from, to));
      }
    }
  }

  @Test
  void aChunkBelowOneIsRefused() {
    try (TestDatabase db = TestDatabase.h2()) {
      assertThatThrownBy(() -> db.read(em -> CatalogueImport.into(em).inChunksOf(0)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("chunk size must be at least 1, was 0");
    }
  }

  @Test
  void progressIsReportedForEveryEntityUpToTheTotal() {
    Catalogue big = GeneratedCases.around(250, NOW, 13);
    int[] last = new int[2];
    int[] calls = new int[1];
    try (TestDatabase db = TestDatabase.h2()) {
      db.transact(
          em ->
              CatalogueImport.into(em)
                  .inChunksOf(100)
                  .reportingTo(
                      (done, total) -> {
                        calls[0]++;
                        last[0] = done;
                        last[1] = total;
                      })
                  .persist(big));
    }
    int entities = 1 + 5 + 7 + 3 + big.cases().size();
    assertThat(calls[0]).isEqualTo(entities);
    assertThat(last).containsExactly(entities, entities);
  }
}
