package nl.techniekpact.cms.it.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.api.ApiITHiddenContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The search page {@code /zoeken} and the search form in every page's header, over the seed. */
class SearchPageIT extends DeployedCms {

  private static Document page(String pathAndQuery) throws Exception {
    HttpResponse<String> response = get(pathAndQuery);
    assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
    assertThat(response.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
    return Jsoup.parse(response.body());
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void everyPageHeaderHasASearchFormThatGetsZoeken() throws Exception {
    for (String path : new String[] {"", "doelen", "doelen/4", "zoeken?q=school"}) {
      Element form = page(path).selectFirst("header form[role=search]");

      assertThat(form).as(path).isNotNull();
      assertThat(form.attr("action")).isEqualTo("/zoeken");
      assertThat(form.attr("method")).isEqualTo("get");
      Element input = form.selectFirst("input[name=q]");
      assertThat(form.selectFirst("label[for=" + input.id() + "]")).isNotNull();
      assertThat(form.selectFirst("button[type=submit]")).isNotNull();
    }
  }

  @Test
  void englishPagesSearchInEnglish() throws Exception {
    Element form = page("doelen?lang=en").selectFirst("header form[role=search]");

    assertThat(form.selectFirst("input[name=lang]").attr("value")).isEqualTo("en");
    assertThat(form.selectFirst("button").text()).isEqualTo("Search");
  }

  @Test
  void resultsShowTitleTypeSnippetAndLinkToTheAgreedRoutes() throws Exception {
    Document page = page("zoeken?q=scholen");

    assertThat(page.title()).isEqualTo("Zoeken: scholen · Techniekpact");
    assertThat(page.selectFirst("meta[name=robots]").attr("content")).contains("noindex");
    assertThat(page.selectFirst("#search-q").val()).isEqualTo("scholen");
    assertThat(page.selectFirst(".search-status .summary").text())
        .endsWith("resultaten voor “scholen”");
    Element maakotheek =
        page.selectFirst(".search-result[data-key=de-maakotheek-ontzorgt-scholen]");
    assertThat(maakotheek.selectFirst(".label").text()).isEqualTo("Case");
    assertThat(maakotheek.selectFirst("h2 a").attr("href"))
        .isEqualTo("/cases/de-maakotheek-ontzorgt-scholen");
    assertThat(maakotheek.select(".snippet mark").eachText())
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.toLowerCase()).startsWith("schol"));
    Element goal = page.selectFirst(".search-result[data-key=9]");
    assertThat(goal.selectFirst(".label").text()).isEqualTo("Doel");
    assertThat(goal.selectFirst("h2 a").attr("href")).isEqualTo("/doelen/9");
  }

  @Test
  void regionsAndAmbassadorsLinkTheirPluginRoutesInTheVisitorsLanguage() throws Exception {
    Document page = page("zoeken?q=" + q("Groningen Doekle") + "&lang=en");
    Document region = page("zoeken?q=groningen&lang=en");
    Document ambassador = page("zoeken?q=doekle&lang=en");

    assertThat(page.select(".search-result")).isEmpty();
    assertThat(region.selectFirst(".search-result[data-key=noord-nederland] h2 a").attr("href"))
        .isEqualTo("/regio/noord-nederland?lang=en");
    assertThat(region.selectFirst(".search-result[data-key=noord-nederland] .label").text())
        .isEqualTo("Region");
    assertThat(ambassador.selectFirst(".search-result[data-key=doekle-terpstra] h2 a").attr("href"))
        .isEqualTo("/ambassadeurs/doekle-terpstra?lang=en");
  }

  @Test
  void diacriticsAndWordFormsDoNotMatterOnThePage() throws Exception {
    assertThat(page("zoeken?q=andre").select(".search-result[data-key=andre-kuipers]")).hasSize(1);
    assertThat(page("zoeken?q=school").select(".search-result[data-key=9]")).hasSize(1);
  }

  @Test
  void noResultsSaysSoClearly() throws Exception {
    Document page = page("zoeken?q=xylofoonkwartet");

    assertThat(page.select(".search-result")).isEmpty();
    assertThat(page.selectFirst(".message").attr("data-message")).isEqualTo("search.none");
    assertThat(page.selectFirst(".message").text()).contains("Geen resultaten", "xylofoonkwartet");
  }

  @Test
  void anEmptyQueryAsksForWordsAndAnOverlongOneIsRefused() throws Exception {
    Document empty = page("zoeken?q=%20");
    Document overlong = page("zoeken?q=" + "a".repeat(201));
    Document english = page("zoeken?q=&lang=en");

    assertThat(empty.selectFirst(".message").attr("data-message")).isEqualTo("search.empty");
    assertThat(overlong.selectFirst(".message").attr("data-message")).isEqualTo("search.tooLong");
    assertThat(overlong.selectFirst(".message").text()).contains("200");
    assertThat(overlong.select(".search-result")).isEmpty();
    assertThat(english.selectFirst(".message").text())
        .isEqualTo("Enter one or more words to search for.");
  }

  @Test
  void theFirstVisitShowsTheFormOnly() throws Exception {
    Document page = page("zoeken");

    assertThat(page.selectFirst("h1").text()).isEqualTo("Zoeken");
    assertThat(page.select(".message, .search-result, .summary")).isEmpty();
  }

  @Test
  void resultsArePagedWithPreviousAndNextLinks() throws Exception {
    String many = q("onderwijs | techniek | bedrijfsleven | scholen");
    Document first = page("zoeken?q=" + many);
    int total = Integer.parseInt(first.selectFirst(".summary").text().split(" ")[0]);
    assertThat(total).as("enough seed results to page").isGreaterThan(10);
    Document second = page("zoeken?q=" + many + "&page=2");

    assertThat(first.select(".search-result")).hasSize(10);
    assertThat(first.selectFirst(".pager a[rel=next]").attr("href"))
        .isEqualTo("/zoeken?q=" + many + "&page=2");
    assertThat(first.select(".pager a[rel=prev]")).isEmpty();
    assertThat(first.selectFirst(".pager [aria-current=page]").text()).isEqualTo("Pagina 1 van 2");
    assertThat(second.selectFirst(".pager a[rel=prev]").attr("href"))
        .isEqualTo("/zoeken?q=" + many);
    assertThat(second.selectFirst(".search-results").attr("start")).isEqualTo("11");
    assertThat(second.select(".search-result")).hasSize(total - 10);
    assertThat(second.select(".search-result").eachAttr("data-key"))
        .doesNotContainAnyElementsOf(first.select(".search-result").eachAttr("data-key"));
    assertThat(page("zoeken?q=" + many + "&page=abc").select(".search-result")).hasSize(10);
  }

  @Test
  void hiddenContentIsNeverShown() throws Exception {
    for (String text : new String[] {"verborgen", "concept-landsdeel", "Anna Concept"}) {
      assertThat(page("zoeken?q=" + q(text)).select(".search-result")).as(text).isEmpty();
    }
    assertThat(page("zoeken?q=scholen").select(".search-result").eachAttr("data-key"))
        .doesNotContain(ApiITHiddenContent.DRAFT_CASE, ApiITHiddenContent.ARCHIVED_CASE);
  }

  @Test
  void markupInTheQueryIsShownAsText() throws Exception {
    HttpResponse<String> response = get("zoeken?q=" + q("<script>alert(1)</script>"));

    assertThat(response.body()).doesNotContain("<script>alert(1)</script>");
    assertThat(Jsoup.parse(response.body()).selectFirst("#search-q").val())
        .isEqualTo("<script>alert(1)</script>");
  }
}
