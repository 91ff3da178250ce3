package nl.techniekpact.cms.it.firstparty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.techniekpact.cms.it.api.ApiITHiddenContent;
import nl.techniekpact.cms.plugin.host.FixtureJars;
import nl.techniekpact.model.catalogue.CaseStudyEntry;
import nl.techniekpact.model.catalogue.Catalogue;
import nl.techniekpact.model.catalogue.OrganisationEntry;
import nl.techniekpact.model.catalogue.RegionEntry;
import nl.techniekpact.model.shared.PublicationStatus;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The regional-pages plugin, installed on the first start as a bundled plugin: the index of the
 * landsdelen and a page per region from the database with its cases (the case-studies plugin's
 * region fragment) and partners; and a partner's plugin that depends on it adds a section to one
 * region's page, failing on another without breaking it, and leaves no trace when removed.
 */
class RegionalPagesIT extends FirstPartyIT {

  private static final Catalogue SEED = Catalogue.seed();

  private static List<RegionEntry> published() {
    return SEED.regions().stream()
        .filter(r -> r.publication().getStatus() == PublicationStatus.PUBLISHED)
        .toList();
  }

  @Test
  void indexListsTheFivePublishedLandsdelenLinkingToTheirPages() throws Exception {
    Document page = page("regio");

    assertThat(page.selectFirst("h1").text()).isEqualTo("Landsdelen");
    assertThat(page.select(".regions > li").eachAttr("data-slug"))
        .hasSize(5)
        .containsExactlyInAnyOrderElementsOf(
            published().stream().map(r -> r.slug().toString()).toList())
        .doesNotContain(ApiITHiddenContent.DRAFT_REGION);
    assertThat(page.select(".regions h2 a").eachAttr("href"))
        .allMatch(href -> href.startsWith("/regio/"));
  }

  @Test
  void everyRegionPageShowsItsCasesAndPartnersFromTheDatabase() throws Exception {
    for (RegionEntry region : published()) {
      String slug = region.slug().toString();
      Document page = page("regio/" + slug);

      assertThat(page.selectFirst("h1").text()).isEqualTo(region.name());
      assertThat(page.select(".cases > li").eachAttr("data-slug"))
          .as("cases of %s", slug)
          .containsExactlyElementsOf(
              SEED.cases().stream()
                  .filter(c -> c.publication().getStatus() == PublicationStatus.PUBLISHED)
                  .filter(c -> c.region() != null && c.region().toString().equals(slug))
                  .map(CaseStudyEntry::slug)
                  .map(Object::toString)
                  .toList());
      assertThat(page.select(".partners li").eachText())
          .as("partners of %s", slug)
          .containsExactlyInAnyOrderElementsOf(
              SEED.organisations().stream()
                  .filter(o -> o.region() != null && o.region().toString().equals(slug))
                  .map(OrganisationEntry::name)
                  .toList());
      assertThat(page.select("link[rel=canonical]").attr("href"))
          .isEqualTo(uri("regio/" + slug).toString());
    }
  }

  @Test
  void homePageLinksEachLandsdeelToItsPageAndTheIndex() throws Exception {
    Document home = page("");

    assertThat(home.select(".regions h3 a").eachAttr("href"))
        .containsExactlyInAnyOrderElementsOf(
            published().stream().map(r -> "/regio/" + r.slug()).toList());
    assertThat(home.select("main a[href=/regio]")).hasSize(1);
    assertThat(page("?lang=en").select(".regions h3 a").eachAttr("href"))
        .allMatch(href -> href.endsWith("?lang=en"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"regio/" + ApiITHiddenContent.DRAFT_REGION, "regio/atlantis", "regio/"})
  void unknownOrUnpublishedRegionsGetTheFriendly404(String path) throws Exception {
    HttpResponse<String> response = get(path);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("Exception");
  }

  @Test
  void aPartnerPluginAddsASectionToOneRegionAndFailingOrRemovedLeavesThePagesIntact()
      throws Exception {
    HttpResponse<String> installed =
        send(
            admin("api/v1/plugins")
                .header("Content-Type", "application/java-archive")
                .POST(HttpRequest.BodyPublishers.ofByteArray(FixtureJars.bytes("partner-region")))
                .build());
    assertThat(installed.statusCode()).as(installed.body()).isEqualTo(201);
    try {
      Document noord = page("regio/noord-nederland");
      assertThat(noord.select(".partner-agenda h2").eachText()).containsExactly("Agenda Noord");
      assertThat(noord.select(".plugin-fragment.unavailable")).isEmpty();
      assertThat(page("regio/oost-nederland").select(".partner-agenda")).isEmpty();

      Document zuid = page("regio/zuid-nederland");
      assertThat(zuid.selectFirst("h1").text()).isEqualTo("Zuid-Nederland");
      assertThat(zuid.select(".cases > li")).isNotEmpty();
      assertThat(zuid.select("#partners-heading")).hasSize(1);
      assertThat(zuid.select(".plugin-fragment.unavailable")).hasSize(1);
      assertThat(zuid.select(".partner-agenda")).isEmpty();

      HttpResponse<String> refused =
          send(
              admin("api/v1/plugins/regional-pages/installation/disable")
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build());
      assertThat(refused.statusCode()).isEqualTo(409);
      assertThat(refused.body()).contains("fixture-partner-region");
    } finally {
      HttpResponse<String> removed =
          send(admin("api/v1/plugins/fixture-partner-region/installation").DELETE().build());
      assertThat(removed.statusCode()).isIn(200, 204);
    }
    Document noord = page("regio/noord-nederland");
    assertThat(noord.select(".partner-agenda")).isEmpty();
    assertThat(noord.selectFirst("h1").text()).isEqualTo("Noord-Nederland");
    assertThat(page("regio/zuid-nederland").select(".plugin-fragment.unavailable")).isEmpty();
  }
}
