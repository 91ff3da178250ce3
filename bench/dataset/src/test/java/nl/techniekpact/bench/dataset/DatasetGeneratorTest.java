package nl.techniekpact.bench.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import nl.techniekpact.model.catalogue.CaseStudyEntry;
import nl.techniekpact.model.catalogue.Catalogue;
import nl.techniekpact.model.shared.PublicationStatus;
import org.junit.jupiter.api.Test;

class DatasetGeneratorTest {

  @Test
  void generatesTheAskedSizeOnTopOfTheSeedAsAValidCatalogue() {
    Catalogue catalogue =
        new DatasetGenerator(1).generate(new DatasetGenerator.Size(2_000, 100, 20));

    assertThat(catalogue.cases()).hasSize(2_000);
    assertThat(catalogue.organisations()).hasSize(100);
    assertThat(catalogue.ambassadors()).hasSize(20);
    assertThat(catalogue.regions()).hasSameSizeAs(Catalogue.seed().regions());
    assertThat(catalogue.cases().get(0).slug()).isEqualTo(Catalogue.seed().cases().get(0).slug());
  }

  @Test
  void mixesPublishedCasesWithDraftsScheduledAndArchivedOnes() {
    Catalogue catalogue =
        new DatasetGenerator(1).generate(new DatasetGenerator.Size(5_000, 100, 20));

    assertThat(catalogue.cases())
        .extracting(c -> c.publication().getStatus())
        .contains(
            PublicationStatus.PUBLISHED,
            PublicationStatus.DRAFT,
            PublicationStatus.SCHEDULED,
            PublicationStatus.ARCHIVED);
    long published =
        catalogue.cases().stream()
            .filter(c -> c.publication().getStatus() == PublicationStatus.PUBLISHED)
            .count();
    assertThat(published).isBetween(4_500L, 4_900L);
  }

  @Test
  void theSameSeedGivesTheSameCatalogue() {
    DatasetGenerator.Size size = new DatasetGenerator.Size(300, 30, 12);

    assertThat(new DatasetGenerator(7).generate(size).cases())
        .extracting(CaseStudyEntry::slug)
        .isEqualTo(
            new DatasetGenerator(7)
                .generate(size).cases().stream().map(CaseStudyEntry::slug).toList());
  }

  @Test
  void casesHaveDutchTextOfRealisticLength() {
    CaseStudyEntry generated =
        new DatasetGenerator(3).generate(new DatasetGenerator.Size(20, 20, 10)).cases().get(15);

    assertThat(generated.title().getNl()).contains(" in ");
    assertThat(generated.body().getNl().length()).isBetween(300, 5_000);
    assertThat(generated.goals()).isNotEmpty();
    assertThat(generated.educationLevels()).isNotEmpty();
  }
}
