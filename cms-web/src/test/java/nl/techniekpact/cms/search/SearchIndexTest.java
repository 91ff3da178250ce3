package nl.techniekpact.cms.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  private SearchIndex index;

  @BeforeEach
  void fill() throws IOException {
    index = SearchIndex.create(new ByteBuffersDirectory());
    index.put(
        new SearchDocument(
            SearchType.CASE,
            "de-maakotheek",
            "De Maakotheek ontzorgt scholen",
            "The Maakotheek relieves schools",
            "Lessen wetenschap &amp; technologie in het <b>primair</b> onderwijs.",
            "Science and technology lessons in primary schools.",
            "/cases/de-maakotheek",
            null));
    index.put(
        new SearchDocument(
            SearchType.CASE,
            "het-cafe",
            "Techniek in het café",
            null,
            "Een bijeenkomst voor bedrijven uit de regio.",
            null,
            "/cases/het-cafe",
            null));
    index.put(
        new SearchDocument(
            SearchType.REGION,
            "noord-nederland",
            "Noord-Nederland",
            null,
            "Groningen Friesland Drenthe. Meer technici voor de school en het bedrijf.",
            null,
            "/regio/noord-nederland",
            null));
    index.put(
        new SearchDocument(
            SearchType.CASE,
            "gepland",
            "Geplande school",
            null,
            "",
            null,
            "/cases/gepland",
            NOW.plus(Duration.ofHours(1))));
    index.refresh();
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private SearchResults search(String text) {
    return index.search(new SearchRequest(text, null, false, 0, 20, NOW));
  }

  private static List<String> keys(SearchResults results) {
    return results.hits().stream().map(SearchHit::key).toList();
  }

  @Test
  void aPluralFindsTheSingularAndTheOtherWayRound() {
    assertThat(keys(search("school"))).contains("de-maakotheek", "noord-nederland");
    assertThat(keys(search("bedrijven"))).containsExactlyInAnyOrder("het-cafe", "noord-nederland");
  }

  @Test
  void withoutDiacriticsFindsTheWordWithThem() {
    assertThat(keys(search("cafe"))).containsExactly("het-cafe");
    assertThat(keys(search("CAFÉ"))).containsExactly("het-cafe");
  }

  @Test
  void everyWordMustMatchSomewhereInEitherLanguage() {
    assertThat(keys(search("techniek regio"))).containsExactly("het-cafe");
    assertThat(keys(search("primary scholen"))).containsExactly("de-maakotheek");
    assertThat(keys(search("techniek atlantis"))).isEmpty();
  }

  @Test
  void aTitleMatchRanksAboveATextMatch() {
    assertThat(keys(search("scholen")).get(0)).isEqualTo("de-maakotheek");
  }

  @Test
  void aScheduledItemIsFoundOnlyFromItsMoment() {
    assertThat(keys(search("geplande"))).isEmpty();
    assertThat(
            keys(
                index.search(
                    new SearchRequest(
                        "geplande", null, false, 0, 20, NOW.plus(Duration.ofHours(2))))))
        .containsExactly("gepland");
  }

  @Test
  void hitsAndTotalFollowAStartAndAnEndToTheMillisecondInAnyOrderOfMoments() {
    Instant end = NOW.plus(Duration.ofHours(3));
    index.put(
        new SearchDocument(
            SearchType.CASE,
            "tijdelijk",
            "Tijdelijke school",
            null,
            "",
            null,
            "/cases/tijdelijk",
            null,
            end,
            null));
    index.refresh();
    Instant start = NOW.plus(Duration.ofHours(1));
    assertThat(found("school", end)).doesNotContain("tijdelijk").contains("gepland");
    assertThat(found("school", start.minusMillis(1)))
        .contains("tijdelijk")
        .doesNotContain("gepland");
    assertThat(found("school", end.minusMillis(1))).contains("tijdelijk", "gepland");
    assertThat(found("school", start)).contains("tijdelijk", "gepland");
    assertThat(found("school", NOW)).contains("tijdelijk").doesNotContain("gepland");
    assertThat(index.search(new SearchRequest("tijdelijk", null, false, 0, 20, end)).total())
        .isZero();
    assertThat(
            index
                .search(new SearchRequest("tijdelijk", null, false, 0, 20, end.minusMillis(1)))
                .total())
        .isOne();
  }

  private List<String> found(String text, Instant at) {
    SearchResults results = index.search(new SearchRequest(text, null, false, 0, 20, at));
    assertThat(results.total()).isEqualTo(results.hits().size());
    return keys(results);
  }

  @Test
  void aRemovedItemIsNeitherFoundNorCountedAfterRefresh() {
    index.remove(SearchType.CASE, "de-maakotheek");
    index.refresh();
    SearchResults results = search("scholen");
    assertThat(keys(results)).doesNotContain("de-maakotheek");
    assertThat(results.total()).isEqualTo(results.hits().size());
    assertThat(search("maakotheek").total()).isZero();
  }

  @Test
  void aRemovedItemIsNoLongerFoundAfterRefresh() {
    index.remove(SearchType.CASE, "het-cafe");
    assertThat(keys(search("cafe"))).containsExactly("het-cafe");
    index.refresh();
    assertThat(keys(search("cafe"))).isEmpty();
  }

  @Test
  void puttingAnItemAgainReplacesIt() {
    index.put(
        new SearchDocument(
            SearchType.CASE, "het-cafe", "Nieuwe titel", null, "", null, "/cases/het-cafe", null));
    index.refresh();

    assertThat(keys(search("cafe"))).isEmpty();
    assertThat(keys(search("nieuwe titel"))).containsExactly("het-cafe");
    assertThat(index.size()).isEqualTo(4);
  }

  @Test
  void aTypeFilterKeepsThatTypeOnly() {
    assertThat(
            keys(index.search(new SearchRequest("school", SearchType.REGION, false, 0, 20, NOW))))
        .containsExactly("noord-nederland");
  }

  @Test
  void pagesCountTheTotalAndCutTheHits() {
    SearchResults second = index.search(new SearchRequest("school", null, false, 1, 1, NOW));
    SearchResults beyond = index.search(new SearchRequest("school", null, false, 5, 1, NOW));

    assertThat(second.total()).isEqualTo(2);
    assertThat(second.hits()).hasSize(1);
    assertThat(keys(second)).isNotEqualTo(keys(search("school")).subList(0, 1));
    assertThat(beyond.hits()).isEmpty();
    assertThat(beyond.total()).isEqualTo(2);
  }

  @Test
  void theSnippetMarksTheMatchedWordsAsPlainTextWithoutMarkup() {
    SearchHit hit = search("lessen").hits().get(0);

    assertThat(hit.snippet().text())
        .isEqualTo("Lessen wetenschap & technologie in het primair onderwijs.");
    assertThat(hit.snippet().parts())
        .contains(new Snippet.Part("Lessen", true))
        .noneMatch(p -> p.text().contains("<"));
    assertThat(hit.link()).isEqualTo("/cases/de-maakotheek");
    assertThat(hit.type()).isEqualTo(SearchType.CASE);
  }

  @Test
  void englishResultsShowTheTranslationAndFallBackToDutch() {
    SearchResults results = index.search(new SearchRequest("school", null, true, 0, 20, NOW));

    SearchHit translated =
        results.hits().stream().filter(h -> h.key().equals("de-maakotheek")).findFirst().get();
    SearchHit dutchOnly =
        results.hits().stream().filter(h -> h.key().equals("noord-nederland")).findFirst().get();
    assertThat(translated.title()).isEqualTo("The Maakotheek relieves schools");
    assertThat(translated.language()).isEqualTo("en");
    assertThat(translated.snippet().text()).contains("primary schools");
    assertThat(dutchOnly.title()).isEqualTo("Noord-Nederland");
    assertThat(dutchOnly.language()).isEqualTo("nl");
  }

  @Test
  void everyHitOfAPageHasTheSnippetOfItsOwnTextInEitherLanguage() {
    for (int i = 1; i <= 7; i++) {
      index.put(
          new SearchDocument(
              SearchType.CASE,
              "robot-" + i,
              "Robots " + i,
              i % 2 == 0 ? "Robots " + i : null,
              "Leerlingen bouwen robots in klas " + i + ".",
              i % 2 == 0 ? "Pupils build robots in class " + i + "." : null,
              "/cases/robot-" + i,
              null));
    }
    index.refresh();

    for (boolean english : new boolean[] {false, true}) {
      List<SearchHit> hits =
          index.search(new SearchRequest("robots", null, english, 0, 20, NOW)).hits();

      assertThat(hits).hasSize(7);
      for (SearchHit hit : hits) {
        String number = hit.key().substring("robot-".length());
        boolean translated = english && Integer.parseInt(number) % 2 == 0;
        assertThat(hit.snippet().text())
            .as("%s in %s", hit.key(), english ? "English" : "Dutch")
            .isEqualTo(
                translated
                    ? "Pupils build robots in class " + number + "."
                    : "Leerlingen bouwen robots in klas " + number + ".");
        assertThat(hit.snippet().parts()).contains(new Snippet.Part("robots", true));
        assertThat(hit.language()).isEqualTo(translated ? "en" : "nl");
      }
    }
  }

  @Test
  void queriesOfStopWordsOrOperatorsOnlyFindNothingAndDoNotFail() {
    assertThat(search("de het een").total()).isZero();
    assertThat(search("\"unclosed (( -").total()).isZero();
    assertThat(search("*").total()).isZero();
  }

  @Test
  void aPrefixAndAPhraseWork() {
    assertThat(keys(search("maakot*"))).containsExactly("de-maakotheek");
    assertThat(keys(search("\"techniek in het café\""))).containsExactly("het-cafe");
  }
}
