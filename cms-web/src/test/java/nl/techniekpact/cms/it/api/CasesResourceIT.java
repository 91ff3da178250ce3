package nl.techniekpact.cms.it.api;

import static nl.techniekpact.cms.it.api.ApiJson.object;
import static nl.techniekpact.cms.it.api.ApiJson.problem;
import static nl.techniekpact.cms.it.api.ApiJson.strings;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.model.catalogue.CaseStudyEntry;
import nl.techniekpact.model.catalogue.Catalogue;
import nl.techniekpact.model.catalogue.GoalReference;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.Slug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /api/v1/cases}: the published cases of the seed, filtered and paged in the database. */
class CasesResourceIT extends DeployedCms {

  private static final List<CaseStudyEntry> SEED = Catalogue.seed().cases();
  private static final Pattern LINK = Pattern.compile("<([^>]+)>;\\s*rel=\"([a-z]+)\"");

  @Test
  void listsEveryPublishedCaseOnOnePageByDefaultInSeedOrder() throws Exception {
    JsonObject page = object(get("api/v1/cases"));

    assertThat(strings(page.getJsonArray("items"), "slug"))
        .containsExactlyElementsOf(seedSlugs(c -> true));
    assertThat(page.getInt("page")).isEqualTo(1);
    assertThat(page.getInt("size")).isEqualTo(20);
    assertThat(page.getInt("total")).isEqualTo(SEED.size());
    assertThat(page.getInt("totalPages")).isEqualTo(1);
  }

  @Test
  void eachListedCaseLinksItsRegionGoalsLevelsAndPartnersButLeavesOutTheBody() throws Exception {
    JsonArray items = object(get("api/v1/cases")).getJsonArray("items");

    for (int i = 0; i < SEED.size(); i++) {
      CaseStudyEntry entry = SEED.get(i);
      JsonObject item = items.getJsonObject(i);
      assertThat(item.getJsonObject("title").getString("nl")).isEqualTo(entry.title().getNl());
      assertThat(item.getJsonObject("summary").getString("nl")).isEqualTo(entry.summary().getNl());
      assertThat(item.getString("region", null))
          .isEqualTo(entry.region() == null ? null : entry.region().getValue());
      assertThat(item.getJsonArray("goals").getValuesAs(JsonNumber.class))
          .extracting(JsonNumber::intValue)
          .containsExactlyElementsOf(
              entry.goals().stream().sorted().map(GoalReference::number).toList());
      assertThat(strings(item.getJsonArray("educationLevels")))
          .containsExactlyElementsOf(
              entry.educationLevels().stream().sorted().map(Enum::name).toList());
      assertThat(strings(item.getJsonArray("partners")))
          .containsExactlyInAnyOrderElementsOf(
              entry.partners().stream().map(Slug::getValue).toList());
      assertThat(item).doesNotContainKey("body");
    }
  }

  @ParameterizedTest
  @CsvSource({"zuid-nederland", "zuidwest-nederland", "noord-nederland"})
  void aRegionFilterListsTheCasesOfThatRegionOnly(String region) throws Exception {
    JsonObject page = object(get("api/v1/cases?region=" + region));

    List<String> expected =
        seedSlugs(c -> c.region() != null && c.region().getValue().equals(region));
    assertThat(strings(page.getJsonArray("items"), "slug")).containsExactlyElementsOf(expected);
    assertThat(page.getInt("total")).isEqualTo(expected.size());
  }

  @Test
  void aGoalFilterListsTheCasesLinkedToThatGoal() throws Exception {
    JsonObject page = object(get("api/v1/cases?goal=4"));

    List<String> expected = seedSlugs(c -> c.goals().stream().anyMatch(g -> g.number() == 4));
    assertThat(strings(page.getJsonArray("items"), "slug")).containsExactlyElementsOf(expected);
    assertThat(page.getInt("total")).isEqualTo(expected.size()).isPositive();
  }

  @Test
  void aLevelFilterListsTheCasesOfThatLevel() throws Exception {
    JsonObject page = object(get("api/v1/cases?level=mbo"));

    List<String> expected = seedSlugs(c -> c.educationLevels().contains(EducationLevel.MBO));
    assertThat(strings(page.getJsonArray("items"), "slug")).containsExactlyElementsOf(expected);
    assertThat(page.getInt("total")).isEqualTo(expected.size()).isPositive();
  }

  @Test
  void filtersCombine() throws Exception {
    JsonObject page = object(get("api/v1/cases?region=zuidwest-nederland&goal=9&level=MBO"));

    List<String> expected =
        seedSlugs(
            c ->
                c.region() != null
                    && c.region().getValue().equals("zuidwest-nederland")
                    && c.goals().stream().anyMatch(g -> g.number() == 9)
                    && c.educationLevels().contains(EducationLevel.MBO));
    assertThat(strings(page.getJsonArray("items"), "slug")).containsExactlyElementsOf(expected);
  }

  @Test
  void pagesOfTwoCarryTotalsAndLinkHeaders() throws Exception {
    HttpResponse<String> response = get("api/v1/cases?size=2&page=2");
    JsonObject page = object(response);

    assertThat(strings(page.getJsonArray("items"), "slug"))
        .containsExactlyElementsOf(seedSlugs(c -> true).subList(2, 4));
    assertThat(page.getInt("total")).isEqualTo(SEED.size());
    assertThat(page.getInt("totalPages")).isEqualTo((SEED.size() + 1) / 2);
    Map<String, URI> links = links(response);
    assertThat(links.keySet()).containsExactlyInAnyOrder("first", "prev", "next", "last");
    assertThat(query(links.get("first"))).isEqualTo(Map.of("size", "2", "page", "1"));
    assertThat(query(links.get("prev"))).isEqualTo(Map.of("size", "2", "page", "1"));
    assertThat(query(links.get("next"))).isEqualTo(Map.of("size", "2", "page", "3"));
    assertThat(query(links.get("last")))
        .isEqualTo(Map.of("size", "2", "page", String.valueOf((SEED.size() + 1) / 2)));
    assertThat(links.get("next").getPath()).isEqualTo("/api/v1/cases");
  }

  @Test
  void followingTheNextLinksVisitsEveryCaseOnce() throws Exception {
    List<String> seen = new ArrayList<>();
    URI next = uri("api/v1/cases?size=2&level=vo");
    int pages = 0;
    while (next != null) {
      HttpResponse<String> response = send(request("").uri(next).GET().build());
      seen.addAll(strings(object(response).getJsonArray("items"), "slug"));
      next = links(response).get("next");
      pages++;
    }

    List<String> expected = seedSlugs(c -> c.educationLevels().contains(EducationLevel.VO));
    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(pages).isEqualTo((expected.size() + 1) / 2);
  }

  @Test
  void theFilterIsKeptInTheLinks() throws Exception {
    Map<String, URI> links = links(get("api/v1/cases?goal=3&size=1"));

    assertThat(query(links.get("next"))).isEqualTo(Map.of("goal", "3", "size", "1", "page", "2"));
    assertThat(links).doesNotContainKey("prev");
  }

  @Test
  void aPageBeyondTheLastIsEmptyButKeepsTheTotal() throws Exception {
    JsonObject page = object(get("api/v1/cases?size=5&page=9"));

    assertThat(page.getJsonArray("items")).isEmpty();
    assertThat(page.getInt("total")).isEqualTo(SEED.size());
  }

  @Test
  void oneCaseComesWithItsBodyAndLinks() throws Exception {
    CaseStudyEntry entry =
        SEED.stream().filter(c -> c.slug().getValue().equals("make-it-move")).findFirst().get();

    JsonObject c = object(get("api/v1/cases/make-it-move"));

    assertThat(c.getString("slug")).isEqualTo("make-it-move");
    assertThat(c.getJsonObject("title").getString("nl")).isEqualTo(entry.title().getNl());
    assertThat(c.getJsonObject("subtitle").getString("nl")).isEqualTo(entry.subtitle().getNl());
    assertThat(c.getString("region")).isEqualTo(entry.region().getValue());
    assertThat(strings(c.getJsonArray("partners")))
        .containsExactlyElementsOf(entry.partners().stream().map(Slug::getValue).toList());
    if (entry.body() != null) {
      assertThat(c.getJsonObject("body").getString("nl")).isEqualTo(entry.body().getNl());
    }
  }

  @ParameterizedTest
  @CsvSource({
    ApiITHiddenContent.DRAFT_CASE,
    ApiITHiddenContent.SCHEDULED_CASE,
    ApiITHiddenContent.ARCHIVED_CASE,
    "bestaat-niet",
    "Make-It-Move",
    "make_it_move"
  })
  void hiddenUnknownAndMalformedCasesAreA404Problem(String slug) throws Exception {
    JsonObject problem = problem(get("api/v1/cases/" + slug), 404);

    assertThat(problem.getString("instance")).isEqualTo("/api/v1/cases/" + slug);
  }

  @Test
  void anOverlongSlugIsA404NotAServerError() throws Exception {
    problem(get("api/v1/cases/" + "a".repeat(Slug.MAX_LENGTH + 1)), 404);
  }

  @ParameterizedTest
  @CsvSource({
    "region=atlantis, region, atlantis, unknown",
    "region="
        + ApiITHiddenContent.DRAFT_REGION
        + ", region, "
        + ApiITHiddenContent.DRAFT_REGION
        + ", unknown",
    "goal=vier, goal, vier, not-a-number",
    "goal=99, goal, 99, unknown",
    "goal=0, goal, 0, out-of-range",
    "level=universiteit, level, universiteit, unknown",
    "page=0, page, 0, out-of-range",
    "page=x, page, x, not-a-number",
    "size=1000, size, 1000, out-of-range",
    "size=0, size, 0, out-of-range"
  })
  void aBadParameterIsA400ProblemNamingItAndItsValue(
      String query, String parameter, String value, String reason) throws Exception {
    JsonObject problem = problem(get("api/v1/cases?" + query), 400);

    assertThat(problem.getString("type")).isEqualTo("urn:techniekpact:problem:invalid-parameters");
    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("parameter")).isEqualTo(parameter);
    assertThat(error.getString("value")).isEqualTo(value);
    assertThat(error.getString("reason")).isEqualTo(reason);
    assertThat(error.getString("detail")).contains(value);
  }

  @Test
  void everyBadParameterIsListedInOneProblemInTheClientsLanguage() throws Exception {
    HttpResponse<String> response =
        send(
            request("api/v1/cases?region=atlantis&goal=vier&level=x&page=0&size=1000")
                .header("Accept-Language", "en")
                .build());
    JsonObject problem = problem(response, 400);

    assertThat(problem.getString("title")).isEqualTo("Invalid parameter");
    assertThat(strings(problem.getJsonArray("errors"), "parameter"))
        .containsExactly("region", "goal", "level", "page", "size");
    assertThat(strings(problem.getJsonArray("errors"), "detail"))
        .contains("size must be between 1 and 100, not 1000.");
  }

  private static List<String> seedSlugs(Predicate<CaseStudyEntry> which) {
    return SEED.stream().filter(which).map(c -> c.slug().getValue()).toList();
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : uri.getQuery().split("&")) {
      String[] nameAndValue = pair.split("=", 2);
      parameters.put(nameAndValue[0], nameAndValue[1]);
    }
    return parameters;
  }

  static Map<String, URI> links(HttpResponse<String> response) {
    Map<String, URI> links = new LinkedHashMap<>();
    for (String header : response.headers().allValues("Link")) {
      Matcher m = LINK.matcher(header);
      while (m.find()) {
        links.put(m.group(2), URI.create(m.group(1)));
      }
    }
    return links;
  }
}
