package nl.techniekpact.cms.it.firstparty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import nl.techniekpact.cms.it.api.ApiITHiddenContent;
import nl.techniekpact.model.catalogue.AmbassadorEntry;
import nl.techniekpact.model.catalogue.Catalogue;
import nl.techniekpact.model.catalogue.GoalReference;
import nl.techniekpact.model.shared.PublicationStatus;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ambassador-profiles plugin, installed on the first start as a bundled plugin: the index, a
 * profile per published ambassador from the database, the ambassadors on the home page linking to
 * their profiles, and the sitemap.
 */
class AmbassadorProfilesIT extends FirstPartyIT {

  private static List<AmbassadorEntry> published() {
    return Catalogue.seed().ambassadors().stream()
        .filter(a -> a.publication().getStatus() == PublicationStatus.PUBLISHED)
        .toList();
  }

  @Test
  void indexListsTheAanjagerFirstAndEveryPublishedAmbassador() throws Exception {
    Document page = page("ambassadeurs");

    assertThat(page.selectFirst("h1").text()).isEqualTo("Aanjager & Ambassadeurs");
    assertThat(page.select(".ambassadors > li").eachAttr("data-slug"))
        .containsExactlyInAnyOrderElementsOf(
            published().stream().map(a -> a.slug().toString()).toList())
        .doesNotContain(ApiITHiddenContent.DRAFT_AMBASSADOR);
    assertThat(page.select(".ambassadors > li .label").first().text()).isEqualTo("Aanjager");
  }

  @Test
  void everyPublishedAmbassadorHasAProfileFromTheDatabase() throws Exception {
    for (AmbassadorEntry entry : published()) {
      String path = "ambassadeurs/" + entry.slug();
      Document page = page(path);

      assertThat(page.selectFirst("h1").text()).isEqualTo(entry.name());
      assertThat(page.selectFirst(".plugin-profile .intro").text())
          .isEqualTo(normalise(entry.teaser().getNl()));
      assertThat(page.title()).isEqualTo(entry.name() + " · Techniekpact");
      assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(uri(path).toString());
      for (GoalReference goal : entry.goals()) {
        assertThat(page.select(".goal-links a").eachAttr("href"))
            .contains("/doelen/" + goal.number());
      }
    }
  }

  @Test
  void homePageLinksEveryAmbassadorToTheProfileWithANamedMoreLink() throws Exception {
    Document home = page("");

    for (AmbassadorEntry entry : published()) {
      assertThat(home.select(".ambassadors h3 a[href=/ambassadeurs/" + entry.slug() + "]").text())
          .isEqualTo(entry.name());
      assertThat(home.select(".ambassadors [data-slug=" + entry.slug() + "] .more a").text())
          .isEqualTo("meer over " + entry.name());
    }
    assertThat(page("?lang=en").select(".ambassadors h3 a").eachAttr("href"))
        .allMatch(href -> href.endsWith("?lang=en"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ambassadeurs/" + ApiITHiddenContent.DRAFT_AMBASSADOR,
        "ambassadeurs/niemand",
        "ambassadeurs/doekle-terpstra/extra"
      })
  void unknownOrUnpublishedProfilesGetTheFriendly404(String path) throws Exception {
    HttpResponse<String> response = get(path);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("Exception");
  }

  @Test
  void sitemapListsTheIndexAndEveryProfile() throws Exception {
    String sitemap = get("sitemap.xml").body();

    assertThat(sitemap).contains(uri("ambassadeurs") + "</loc>");
    for (AmbassadorEntry entry : published()) {
      assertThat(sitemap).contains(uri("ambassadeurs/" + entry.slug()) + "</loc>");
    }
  }
}
