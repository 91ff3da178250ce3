package nl.techniekpact.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.techniekpact.model.ambassador.AmbassadorRole;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.PublicationStatus;
import org.junit.jupiter.api.Test;

/** The bundled seed against the seed page (a copy of shared/seed/techniekpact-home.txt). */
class SeedCatalogueTest {

  private final Catalogue seed = Catalogue.seed();

  @Test
  void holdsTheTechniekpactOf2013WithTwelveGoals() {
    PactEntry pact = seed.pacts().get(0);

    assertThat(seed.pacts()).hasSize(1);
    assertThat(pact.name()).isEqualTo("Techniekpact");
    assertThat(pact.signedOn()).hasToString("2013-05-13");
    assertThat(pact.goals())
        .extracting(GoalEntry::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
  }

  @Test
  void everyGoalTitleIsExactlyAsOnThePage() throws IOException {
    List<String> page = pageLines();
    for (GoalEntry goal : seed.pacts().get(0).goals()) {
      int at = page.indexOf("Doel " + goal.number());
      assertThat(goal.title().getNl()).as("goal %d", goal.number()).isEqualTo(page.get(at + 1));
    }
  }

  @Test
  void everyCaseHasTitleSubtitleAndSummaryExactlyAsOnThePage() throws IOException {
    List<String> page = pageLines();
    assertThat(seed.cases()).hasSize(9);
    for (int i = 0; i < 9; i++) {
      int at = page.indexOf("Case " + (i + 1));
      CaseStudyEntry c = seed.cases().get(i);
      assertThat(List.of(c.title().getNl(), c.subtitle().getNl(), c.summary().getNl()))
          .as("case %d", i + 1)
          .containsExactly(page.get(at + 1), page.get(at + 2), page.get(at + 3));
      assertThat(c.region()).as("case %d has a region", i + 1).isNotNull();
    }
  }

  @Test
  void everyTextOfThePageIsInTheSeed() throws IOException {
    String all = CatalogueJson.toJson(seed);
    List<String> labels =
        List.of(
            "meer",
            "landsdelen",
            "De 12 doelen van het techniekpact",
            "Techniekpact",
            "Aanjager & Ambassadeur",
            "Andre Kuipers");
    List<String> missing = new ArrayList<>();
    for (String line : pageLines()) {
      if (labels.contains(line) || line.matches("(Doel|Case) \\d+")) {
        continue;
      }
      if (!all.contains(jsonEscaped(line))) {
        missing.add(line);
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void theIntroductionsLiveOnThePact() {
    PactEntry pact = seed.pacts().get(0);

    assertThat(pact.description().getNl()).startsWith("Techniekpact moet de aansluiting");
    assertThat(pact.regionsIntroduction().getNl()).startsWith("Binnen vijf landsdelen");
  }

  @Test
  void fiveRegionsThreeOfThemPlaceholders() {
    assertThat(seed.regions())
        .extracting(RegionEntry::name)
        .containsExactly(
            "Noord-Nederland",
            "Oost-Nederland",
            "Noordwest-Nederland",
            "Zuidwest-Nederland",
            "Zuid-Nederland");
    assertThat(seed.regions()).filteredOn(RegionEntry::needsConfirmation).hasSize(3);
    assertThat(seed.regions())
        .flatExtracting(RegionEntry::provinces)
        .hasSize(12)
        .doesNotHaveDuplicates();
  }

  @Test
  void oneAanjagerAndTwoAmbassadorsWithThePageTextsAsTeasers() {
    assertThat(seed.ambassadors())
        .extracting(AmbassadorEntry::name, AmbassadorEntry::role)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Doekle Terpstra", AmbassadorRole.AANJAGER),
            org.assertj.core.groups.Tuple.tuple("André Kuipers", AmbassadorRole.AMBASSADEUR),
            org.assertj.core.groups.Tuple.tuple("Ans Hekkenberg", AmbassadorRole.AMBASSADEUR));
    assertThat(seed.ambassadors().get(1).teaser())
        .isEqualTo(
            LocalizedText.of(
                "Sciencefictionboekjes waren zijn inspiratie om astronaut te worden. Nu brengt André"
                    + " Kuipers zijn passie voor wetenschap en technologie over op jongeren via de"
                    + " Techniekpact Collegetour."));
  }

  @Test
  void everythingIsPublished() {
    Stream.of(
            seed.regions().stream().map(RegionEntry::publication),
            seed.ambassadors().stream().map(AmbassadorEntry::publication),
            seed.cases().stream().map(CaseStudyEntry::publication))
        .flatMap(s -> s)
        .forEach(p -> assertThat(p.getStatus()).isEqualTo(PublicationStatus.PUBLISHED));
  }

  private static List<String> pageLines() throws IOException {
    try (InputStream in = SeedCatalogueTest.class.getResourceAsStream("/techniekpact-home.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(l -> l.strip().replaceFirst("^• ", "").strip())
          .filter(l -> !l.isEmpty())
          .toList();
    }
  }

  private static String jsonEscaped(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
