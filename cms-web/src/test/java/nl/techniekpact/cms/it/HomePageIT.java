package nl.techniekpact.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import nl.techniekpact.model.catalogue.AmbassadorEntry;
import nl.techniekpact.model.catalogue.CaseStudyEntry;
import nl.techniekpact.model.catalogue.Catalogue;
import nl.techniekpact.model.catalogue.GoalEntry;
import nl.techniekpact.model.catalogue.PactEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The home page shows the seed content that the first start loaded into the database. */
class HomePageIT extends DeployedCms {

  private static final Catalogue SEED = Catalogue.seed();
  private static final PactEntry PACT = SEED.pacts().get(0);

  private static Document home(String query) throws Exception {
    HttpResponse<String> response = get(query);
    assertThat(response.statusCode()).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  @Test
  void showsTheIntroductionAndTheLandsdelenText() throws Exception {
    Document page = home("");

    assertThat(page.selectFirst(".intro").text()).isEqualTo(normalise(PACT.description().getNl()));
    assertThat(page.text()).contains(normalise(PACT.regionsIntroduction().getNl()));
  }

  @Test
  void showsEveryGoalOfTheSeedWithItsExactTitleInOrder() throws Exception {
    List<String> shown = page("").select(".goals h3").eachText();

    assertThat(shown)
        .containsExactlyElementsOf(
            PACT.goals().stream().map(GoalEntry::title).map(t -> normalise(t.getNl())).toList());
    assertThat(shown).hasSize(12);
  }

  @Test
  void eachGoalCardHasItsLabelAndAMoreLinkNamingTheGoalForScreenReaders() throws Exception {
    for (String language : List.of("nl", "en")) {
      boolean english = language.equals("en");
      Document page = home(english ? "?lang=en" : "");
      List<Element> cards = page.select("ol.goals > li.card");

      assertThat(cards).hasSize(12);
      Element first = cards.get(0);
      assertThat(first.selectFirst("p.label").text()).isEqualTo(english ? "Goal 1" : "Doel 1");
      Element more = first.selectFirst("p.more > a");
      assertThat(more.attr("href")).isEqualTo(english ? "/doelen/1?lang=en" : "/doelen/1");
      assertThat(more.ownText()).isEqualTo(english ? "more" : "meer");
      assertThat(more.selectFirst("span.visually-hidden").text())
          .isEqualTo(english ? "about goal 1" : "over doel 1");
      assertThat(cards.get(11).selectFirst("p.more > a").attr("href")).startsWith("/doelen/12");
    }
  }

  @Test
  void eachLandsdeelCardNamesItsRegionInAHeading() throws Exception {
    List<Element> cards = home("").select("ul.regions > li.card");

    assertThat(cards).isNotEmpty();
    assertThat(cards).allSatisfy(card -> assertThat(card.selectFirst("h3").text()).isNotBlank());
    assertThat(cards.stream().map(card -> card.selectFirst("h3").text()).toList())
        .containsAnyElementsOf(SEED.regions().stream().map(r -> r.name()).toList());
  }

  @Test
  void showsTheAanjagerAndAmbassadorsWithTheirTeasers() throws Exception {
    Document page = home("");

    assertThat(page.select(".ambassadors h3").eachText())
        .containsExactlyInAnyOrderElementsOf(
            SEED.ambassadors().stream().map(AmbassadorEntry::name).toList());
    for (AmbassadorEntry ambassador : SEED.ambassadors()) {
      assertThat(normalise(page.select(".ambassadors").text()))
          .contains(normalise(ambassador.teaser().getNl()));
    }
  }

  @Test
  void showsAllNineCasesWithTitleSubtitleAndSummary() throws Exception {
    Document page = home("");
    List<Element> cards = page.select(".cases > li");

    assertThat(cards).hasSize(9);
    assertThat(page.select(".cases h3").eachText())
        .containsExactlyElementsOf(
            SEED.cases().stream()
                .map(CaseStudyEntry::title)
                .map(t -> normalise(t.getNl()))
                .toList());
    for (CaseStudyEntry entry : SEED.cases()) {
      assertThat(normalise(page.select(".cases").text()))
          .contains(normalise(entry.subtitle().getNl()))
          .contains(normalise(entry.summary().getNl()));
    }
  }

  @Test
  void isDutchByDefaultWhateverTheBrowserLanguage() throws Exception {
    Document page =
        Jsoup.parse(send(request("").header("Accept-Language", "en-US,en;q=0.9").build()).body());

    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("nl");
    assertThat(page.selectFirst("#goals-heading").text())
        .isEqualTo("De 12 doelen van het Techniekpact");
  }

  @Test
  void visitorCanChooseEnglishLabelsWithDutchContentWhereUntranslated() throws Exception {
    Document page = home("?lang=en");

    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(page.selectFirst("#goals-heading").text())
        .isEqualTo("The 12 goals of the Techniekpact");
    assertThat(page.select(".goals h3").first().text())
        .isEqualTo(normalise(PACT.goals().get(0).title().in(java.util.Locale.ENGLISH)));
  }

  @Test
  void offersEnglishThroughALinkAndHreflangAlternates() throws Exception {
    Document page = home("");

    Element toEnglish = page.selectFirst("nav.language a");
    assertThat(toEnglish.attr("href")).isEqualTo("/?lang=en");
    assertThat(toEnglish.attr("hreflang")).isEqualTo("en");
    assertThat(toEnglish.text()).isEqualTo("English");
    assertThat(page.selectFirst("link[rel=alternate][hreflang=en]").attr("href"))
        .isEqualTo(uri("?lang=en").toString());
    assertThat(page.selectFirst("link[rel=alternate][hreflang=nl]").attr("href"))
        .isEqualTo(uri("").toString());
    assertThat(page.selectFirst("link[rel=alternate][hreflang=x-default]").attr("href"))
        .isEqualTo(uri("").toString());
  }

  @Test
  void englishPageLinksBackToDutchAndKeepsEnglishOnTheHomeLink() throws Exception {
    Document page = home("?lang=en");

    Element toDutch = page.selectFirst("nav.language a");
    assertThat(toDutch.attr("href")).isEqualTo("/");
    assertThat(toDutch.attr("lang")).isEqualTo("nl");
    assertThat(toDutch.text()).isEqualTo("Nederlands");
    assertThat(page.selectFirst(".site-name").attr("href")).isEqualTo("/?lang=en");
  }

  @Test
  void publicPagesCarryNoInlineScriptSoTheContentSecurityPolicyHolds() throws Exception {
    Document page = home("");

    assertThat(page.select("script:not([src])")).isEmpty();
    assertThat(page.select("[onclick], [onload]")).isEmpty();
    assertThat(page.select("style")).isEmpty();
  }

  private static Document page(String query) throws Exception {
    return home(query);
  }

  /** Text as a browser shows it: runs of white space (non-breaking included) collapsed. */
  private static String normalise(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
