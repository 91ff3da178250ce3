package nl.techniekpact.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import nl.techniekpact.model.catalogue.AmbassadorEntry;
import nl.techniekpact.model.catalogue.CaseStudyEntry;
import nl.techniekpact.model.catalogue.Catalogue;
import nl.techniekpact.model.catalogue.GoalEntry;
import nl.techniekpact.model.catalogue.GoalReference;
import nl.techniekpact.model.catalogue.PactEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The goal pages {@code /doelen} and {@code /doelen/{number}}, against the seed. */
class GoalPagesIT extends DeployedCms {

  private static final Catalogue SEED = Catalogue.seed();
  private static final PactEntry PACT = SEED.pacts().get(0);

  private static Document page(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  private static GoalReference reference(GoalEntry goal) {
    return new GoalReference(PACT.slug(), goal.number());
  }

  @Test
  void everySeedGoalHasAPageWithItsNumberTitleAndLevels() throws Exception {
    assertThat(PACT.goals()).hasSize(12);
    for (GoalEntry goal : PACT.goals()) {
      Document page = page("doelen/" + goal.number());

      assertThat(page.selectFirst("h1").text()).isEqualTo(normalise(goal.title().getNl()));
      assertThat(page.selectFirst(".goal .label").text()).isEqualTo("Doel " + goal.number());
      assertThat(page.title())
          .isEqualTo(
              "Doel " + goal.number() + ": " + page.selectFirst("h1").text() + " · Techniekpact");
      assertThat(page.select(".levels li").eachAttr("data-level"))
          .containsExactlyInAnyOrderElementsOf(
              goal.educationLevels().stream().map(Enum::name).toList());
      if (goal.description() != null) {
        assertThat(page.selectFirst(".intro").text())
            .isEqualTo(normalise(goal.description().getNl()));
      }
    }
  }

  @Test
  void everyGoalPageListsExactlyThePublishedCasesAndAmbassadorsLinkedToItInTheSeed()
      throws Exception {
    for (GoalEntry goal : PACT.goals()) {
      Document page = page("doelen/" + goal.number());

      List<String> cases =
          SEED.cases().stream()
              .filter(c -> c.goals().contains(reference(goal)))
              .map(CaseStudyEntry::slug)
              .map(Object::toString)
              .toList();
      List<String> ambassadors =
          SEED.ambassadors().stream()
              .filter(a -> a.goals().contains(reference(goal)))
              .map(AmbassadorEntry::slug)
              .map(Object::toString)
              .toList();
      assertThat(page.select(".cases > li").eachAttr("data-slug"))
          .as("cases of goal %d", goal.number())
          .containsExactlyInAnyOrderElementsOf(cases);
      assertThat(page.select(".ambassadors > li").eachAttr("data-slug"))
          .as("ambassadors of goal %d", goal.number())
          .containsExactlyInAnyOrderElementsOf(ambassadors);
      for (CaseStudyEntry entry : SEED.cases()) {
        if (cases.contains(entry.slug().toString())) {
          assertThat(normalise(page.select(".cases").text()))
              .contains(normalise(entry.title().getNl()))
              .contains(normalise(entry.summary().getNl()));
        }
      }
    }
  }

  @Test
  void goalFourHidesTheDraftScheduledAndArchivedCasesLinkedToIt() throws Exception {
    Document page = page("doelen/4");

    assertThat(page.select(".cases > li").eachAttr("data-slug"))
        .doesNotContain("api-it-concept", "api-it-gepland", "api-it-gearchiveerd");
    assertThat(page.text()).doesNotContain("Verborgen");
  }

  @Test
  void goalPageInEnglishHasEnglishLabelsAndStaysEnglishInItsLinks() throws Exception {
    GoalEntry nine = PACT.goals().get(8);
    Document page = page("doelen/9?lang=en");

    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(page.selectFirst(".goal .label").text()).isEqualTo("Goal 9");
    assertThat(page.selectFirst("h1").text()).isEqualTo(normalise(nine.title().in(Locale.ENGLISH)));
    assertThat(page.selectFirst("#levels-heading").text()).isEqualTo("Education levels");
    assertThat(page.selectFirst("#cases-heading").text()).isEqualTo("Cases for this goal");
    assertThat(page.select(".levels li").eachText())
        .contains("Secondary vocational education (mbo)");
    assertThat(page.selectFirst(".breadcrumb a[href^=/doelen]").attr("href"))
        .isEqualTo("/doelen?lang=en");
    assertThat(page.selectFirst("nav.language a").attr("href")).isEqualTo("/doelen/9");
  }

  @Test
  void goalIndexLinksEveryGoalInOrder() throws Exception {
    Document page = page("doelen");

    List<Element> links = page.select(".goals h2 a");
    assertThat(links.stream().map(Element::text).toList())
        .containsExactlyElementsOf(
            PACT.goals().stream().map(g -> normalise(g.title().getNl())).toList());
    assertThat(links.stream().map(a -> a.attr("href")).toList())
        .containsExactlyElementsOf(
            PACT.goals().stream().map(g -> "/doelen/" + g.number()).toList());
    for (Element link : links) {
      assertThat(get(link.attr("href").substring(1)).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void homePageLinksEveryGoalWithANamedMoreLink() throws Exception {
    Document home = page("");

    List<Element> more = home.select(".goals .more a");
    assertThat(more).hasSize(PACT.goals().size());
    for (int i = 0; i < more.size(); i++) {
      int number = PACT.goals().get(i).number();
      assertThat(more.get(i).attr("href")).isEqualTo("/doelen/" + number);
      assertThat(more.get(i).text()).isEqualTo("meer over doel " + number);
      assertThat(more.get(i).ownText()).isEqualTo("meer");
    }
    Element english = page("?lang=en").select(".goals .more a").first();
    assertThat(english.attr("href")).isEqualTo("/doelen/1?lang=en");
    assertThat(english.text()).isEqualTo("more about goal 1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "doelen/13",
        "doelen/0",
        "doelen/-1",
        "doelen/09",
        "doelen/negen",
        "doelen/99999999999999999999",
        "doelen/9/meer",
        "doelen/%3Cscript%3E",
        "goal.xhtml",
        "goals.xhtml"
      })
  void unknownOrMalformedGoalAddressGetsTheFriendly404(String path) throws Exception {
    HttpResponse<String> response = get(path);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(response.body())
        .contains("Pagina niet gevonden")
        .contains("<main")
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("jakarta.")
        .doesNotContain("nl.techniekpact")
        .doesNotContain("<script")
        .doesNotContainIgnoringCase("payara")
        .doesNotContainIgnoringCase("stack");
    assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void goalPagesAreStatelessAndCarryTheSecurityHeaders() throws Exception {
    HttpResponse<String> response = get("doelen/9");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("script:not([src]), style, [style]")).isEmpty();
  }

  @Test
  void postToAGoalPageIsNotAllowed() throws Exception {
    HttpResponse<String> response =
        send(request("doelen/9").POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());

    assertThat(response.statusCode()).isEqualTo(405);
  }

  /** Text as a browser shows it: runs of white space (non-breaking included) collapsed. */
  private static String normalise(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
