package nl.techniekpact.cms.it.publishing;

import static nl.techniekpact.cms.it.publishing.EditorClient.ambassadorJson;
import static nl.techniekpact.cms.it.publishing.EditorClient.etag;
import static nl.techniekpact.cms.it.publishing.EditorClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.FormClient;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The overview of a regional editor selects their regions' items in the database: more than a
 * list's worth of newer drafts and sooner scheduled items in another region do not crowd out the
 * items of their own region. The fixtures are the test's own ambassadors, deleted again.
 */
class DashboardRegionsIT extends DeployedCms {

  private static final String OWN_DRAFT = "dash-it-eigen-concept";
  private static final String OWN_SCHEDULED = "dash-it-eigen-gepland";
  private static final String OTHER = "dash-it-ander-";
  private static final int OTHERS = 12;

  private static final List<String> created = new ArrayList<>();
  private static EditorClient national;

  @BeforeAll
  static void createAnOwnDraftAndScheduledItemThenManyNewerOnesElsewhere() throws Exception {
    national = EditorClient.as(PublishingITAccounts.NATIONAL);
    Instant soon = Instant.now().plus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    create(OWN_DRAFT, PublishingITAccounts.REGION, null);
    create(OWN_SCHEDULED, PublishingITAccounts.REGION, soon.plus(1, ChronoUnit.HOURS));
    for (int i = 1; i <= OTHERS; i++) {
      create(OTHER + "concept-" + i, PublishingITAccounts.OTHER_REGION, null);
      create(OTHER + "gepland-" + i, PublishingITAccounts.OTHER_REGION, soon.plusSeconds(i));
    }
  }

  private static void create(String slug, String region, Instant publishAt) throws Exception {
    HttpResponse<String> made =
        national.send(
            "POST", "api/v1/ambassadors", ambassadorJson(slug, "Overzicht " + slug, region));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    created.add(slug);
    if (publishAt != null) {
      HttpResponse<String> scheduled =
          national.send(
              "PUT",
              "api/v1/ambassadors/" + slug + "/publication",
              "{\"status\":\"SCHEDULED\",\"publishAt\":\"" + publishAt + "\"}",
              etag(made));
      assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
    }
  }

  @AfterAll
  static void deleteFixtures() throws Exception {
    for (String slug : created) {
      HttpResponse<String> current = national.get("api/v1/ambassadors/" + slug + "/editable");
      if (current.statusCode() == 200 && !json(current).containsKey("deletedAt")) {
        national.send("DELETE", "api/v1/ambassadors/" + slug, null, etag(current));
      }
    }
  }

  private static Document overview(String username) throws Exception {
    return new FormClient()
        .signIn(username, SecurityITAccounts.PASSWORD)
        .page("beheer/index.xhtml");
  }

  private static List<String> slugs(Document page, String section) {
    return page.select("#section-" + section + " li").eachAttr("data-slug");
  }

  @Test
  void theOtherRegionFillsANationalEditorsLists() throws Exception {
    Document page = overview(PublishingITAccounts.NATIONAL);

    assertThat(slugs(page, "drafts")).hasSize(10).allMatch(slug -> slug.startsWith(OTHER));
    assertThat(slugs(page, "scheduled")).hasSize(10).allMatch(slug -> slug.startsWith(OTHER));
    assertThat(slugs(page, "recent")).doesNotContain(OWN_DRAFT, OWN_SCHEDULED);
  }

  @Test
  void aRegionalEditorStillSeesTheDraftsAndScheduledItemsOfTheirRegion() throws Exception {
    Document page = overview(PublishingITAccounts.REGIONAL);

    assertThat(slugs(page, "drafts")).contains(OWN_DRAFT).noneMatch(slug -> slug.startsWith(OTHER));
    assertThat(slugs(page, "scheduled"))
        .contains(OWN_SCHEDULED)
        .noneMatch(slug -> slug.startsWith(OTHER));
    assertThat(slugs(page, "recent"))
        .contains(OWN_SCHEDULED, OWN_DRAFT)
        .noneMatch(slug -> slug.startsWith(OTHER));
  }

  @Test
  void deletedDraftsAreNotListedAsDrafts() throws Exception {
    String slug = "dash-it-weg";
    create(slug, PublishingITAccounts.REGION, null);
    HttpResponse<String> current = national.get("api/v1/ambassadors/" + slug + "/editable");
    HttpResponse<String> deleted =
        national.send("DELETE", "api/v1/ambassadors/" + slug, null, etag(current));
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);

    Document page = overview(PublishingITAccounts.REGIONAL);

    assertThat(slugs(page, "drafts")).doesNotContain(slug).contains(OWN_DRAFT);
    assertThat(slugs(page, "recent")).contains(slug);
  }
}
