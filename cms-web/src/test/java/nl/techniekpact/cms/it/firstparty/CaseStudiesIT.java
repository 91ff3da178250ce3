package nl.techniekpact.cms.it.firstparty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.techniekpact.cms.it.api.ApiITHiddenContent;
import nl.techniekpact.model.catalogue.CaseStudyEntry;
import nl.techniekpact.model.catalogue.Catalogue;
import nl.techniekpact.model.catalogue.GoalReference;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.PublicationStatus;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.NodeList;

/**
 * The case-studies plugin, installed on the first start as a bundled plugin: the index and a page
 * per case from the database, the cases on the home and goal pages, the sitemap and the feed, and
 * disabling it at runtime removes every case from the site without breaking a page.
 */
class CaseStudiesIT extends FirstPartyIT {

  private static final Catalogue SEED = Catalogue.seed();

  private static List<CaseStudyEntry> published() {
    return SEED.cases().stream()
        .filter(c -> c.publication().getStatus() == PublicationStatus.PUBLISHED)
        .toList();
  }

  @Test
  void indexListsEveryPublishedSeedCaseLinkingToItsPage() throws Exception {
    Document page = page("cases");

    assertThat(page.selectFirst("h1").text()).isEqualTo("Cases");
    assertThat(page.select(".cases > li").eachAttr("data-slug"))
        .containsExactlyElementsOf(published().stream().map(c -> c.slug().toString()).toList());
    assertThat(page.select(".cases h3 a").eachAttr("href"))
        .containsExactlyElementsOf(published().stream().map(c -> "/cases/" + c.slug()).toList());
    assertThat(page.text())
        .doesNotContain(ApiITHiddenContent.DRAFT_CASE)
        .contains(published().size() + " cases");
  }

  @Test
  void indexFiltersByRegionGoalAndLevelExactlyAsTheSeedSays() throws Exception {
    assertThat(slugs("cases?region=zuid-nederland"))
        .containsExactlyElementsOf(
            slugsWhere(c -> c.region() != null && c.region().toString().equals("zuid-nederland")));
    assertThat(slugs("cases?goal=4"))
        .containsExactlyElementsOf(
            slugsWhere(c -> c.goals().stream().map(GoalReference::number).anyMatch(n -> n == 4)));
    assertThat(slugs("cases?level=mbo"))
        .containsExactlyElementsOf(
            slugsWhere(c -> c.educationLevels().contains(EducationLevel.MBO)));
    assertThat(slugs("cases?region=zuid-nederland&goal=4&level=mbo"))
        .containsExactlyElementsOf(
            slugsWhere(
                c ->
                    c.region() != null
                        && c.region().toString().equals("zuid-nederland")
                        && c.goals().stream().anyMatch(g -> g.number() == 4)
                        && c.educationLevels().contains(EducationLevel.MBO)));
    Document filtered = page("cases?level=mbo");
    assertThat(filtered.selectFirst("#filter-level option[selected]").attr("value"))
        .isEqualTo("mbo");
  }

  private static List<String> slugs(String path) throws Exception {
    return page(path).select(".cases > li").eachAttr("data-slug");
  }

  private static List<String> slugsWhere(java.util.function.Predicate<CaseStudyEntry> test) {
    return published().stream().filter(test).map(c -> c.slug().toString()).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cases?region=atlantis",
        "cases?goal=99",
        "cases?goal=abc",
        "cases?level=kleuter",
        "cases?page=2",
        "cases?page=0",
        "cases/bestaat-niet",
        "cases/" + ApiITHiddenContent.DRAFT_CASE,
        "cases/" + ApiITHiddenContent.SCHEDULED_CASE,
        "cases/" + ApiITHiddenContent.ARCHIVED_CASE,
        "cases/Make-It-Move",
        "cases/make-it-move/extra"
      })
  void unknownFiltersPagesAndSlugsGetTheFriendly404(String path) throws Exception {
    HttpResponse<String> response = get(path);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at nl.");
  }

  @Test
  void everyPublishedCaseHasAPageFromTheDatabaseWithItsSeoTags() throws Exception {
    for (CaseStudyEntry entry : published()) {
      String path = "cases/" + entry.slug();
      Document page = page(path);

      assertThat(page.selectFirst("h1").text()).isEqualTo(normalise(entry.title().getNl()));
      assertThat(page.selectFirst(".plugin-case .intro").text())
          .isEqualTo(normalise(entry.summary().getNl()));
      assertThat(page.title()).isEqualTo(normalise(entry.title().getNl()) + " · Techniekpact");
      assertThat(page.select("meta[name=description]").attr("content"))
          .isEqualTo(entry.summary().getNl());
      assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(uri(path).toString());
      assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
      assertThat(page.select("link[hreflang=en]").attr("href"))
          .isEqualTo(uri(path + "?lang=en").toString());
      for (GoalReference goal : entry.goals()) {
        assertThat(page.select(".facts .goal a").eachAttr("href"))
            .contains("/doelen/" + goal.number());
      }
    }
  }

  @Test
  void casePageInEnglishKeepsEnglishLinks() throws Exception {
    Document page = page("cases/make-it-move?lang=en");

    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(page.selectFirst("#facts-heading").text()).isEqualTo("About this case");
    assertThat(page.select(".facts .goal a").eachAttr("href"))
        .allMatch(h -> h.endsWith("?lang=en"));
    assertThat(page.select("meta[property=og:locale]").attr("content")).isEqualTo("en_GB");
  }

  @Test
  void casePagesAreStatelessWithoutInlineScript() throws Exception {
    HttpResponse<String> response = get("cases?region=zuid-nederland");

    assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(org.jsoup.Jsoup.parse(response.body()).select("script:not([src]), style, [style]"))
        .isEmpty();
  }

  @Test
  void homeAndGoalPagesShowTheCasesThroughThePlugin() throws Exception {
    assertThat(page("").select(".cases > li")).hasSize(published().size());
    assertThat(page("").select(".cases h3 a").first().attr("href"))
        .isEqualTo("/cases/" + published().get(0).slug());
    assertThat(page("doelen/4").select(".cases > li").eachAttr("data-slug"))
        .containsExactlyInAnyOrderElementsOf(
            slugsWhere(c -> c.goals().stream().anyMatch(g -> g.number() == 4)));
  }

  @Test
  void sitemapListsTheIndexAndEveryPublishedCase() throws Exception {
    String sitemap = get("sitemap.xml").body();

    assertThat(sitemap).contains(uri("cases").toString() + "</loc>");
    for (CaseStudyEntry entry : published()) {
      assertThat(sitemap).contains(uri("cases/" + entry.slug()) + "</loc>");
    }
    assertThat(sitemap).doesNotContain(ApiITHiddenContent.DRAFT_CASE);
  }

  @Test
  void atomFeedCarriesThePublishedCasesNewestFirst() throws Exception {
    HttpResponse<String> response = get("api/v1/plugins/case-studies/feed");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/atom+xml");
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var feed =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < entries.getLength(); i++) {
      ids.add(
          ((org.w3c.dom.Element) entries.item(i))
              .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id")
              .item(0)
              .getTextContent());
    }
    List<String> expected =
        new ArrayList<>(
            published().stream().map(c -> uri("cases/" + c.slug()).toString()).toList());
    java.util.Collections.reverse(expected);
    assertThat(ids).containsExactlyElementsOf(expected);
    assertThat(page("cases").select("link[rel=alternate][type=application/atom+xml]").attr("href"))
        .isEqualTo("/api/v1/plugins/case-studies/feed");
  }

  @Test
  void disablingCaseStudiesRemovesCasesFromTheWholeSiteAndEnablingBringsThemBack()
      throws Exception {
    plugin("case-studies", "disable");
    try {
      Document home = page("");
      assertThat(home.select(".cases")).isEmpty();
      assertThat(home.select(".goals h3")).hasSize(12);
      assertThat(home.selectFirst(".intro").text()).isNotBlank();
      Document goal = page("doelen/4");
      assertThat(goal.select(".cases")).isEmpty();
      assertThat(goal.selectFirst("h1").text()).isNotBlank();
      assertThat(get("cases").statusCode()).isEqualTo(404);
      assertThat(get("cases/make-it-move").statusCode()).isEqualTo(404);
      assertThat(get("api/v1/plugins/case-studies/feed").statusCode()).isEqualTo(404);
      assertThat(get("sitemap.xml").body()).doesNotContain("/cases");
      Document region = page("regio/zuid-nederland");
      assertThat(region.select(".cases")).isEmpty();
      assertThat(region.select("#partners-heading")).hasSize(1);
    } finally {
      plugin("case-studies", "enable");
    }
    assertThat(page("").select(".cases > li")).hasSize(published().size());
    assertThat(page("doelen/4").select(".cases > li")).isNotEmpty();
    assertThat(page("regio/zuid-nederland").select(".cases > li")).isNotEmpty();
    assertThat(page("cases/make-it-move").selectFirst("h1").text()).isEqualTo("Make it Move");
    assertThat(get("sitemap.xml").body()).contains("/cases/make-it-move");
    assertThat(page("cases?lang=en").selectFirst("html").attr("lang"))
        .isEqualTo(Locale.ENGLISH.getLanguage());
  }
}
