package nl.techniekpact.cms.it.publishing;

import static nl.techniekpact.cms.it.publishing.EditorClient.etag;
import static nl.techniekpact.cms.it.publishing.EditorClient.regionJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.techniekpact.cms.it.DeployedCms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The regions and goals a case filter may name are kept across requests (ADR 0028): the API's
 * filtered case list ({@code 400} for a region that is not published) and the case index ({@code
 * 404}) follow a region's publication, withdrawal, deletion and restore at once, and its scheduled
 * start and end at their moments, without any event (the publication timer runs every 30 s, later
 * than the checks here). Works on its own region, deleted again.
 */
class CaseFilterReferencesIT extends DeployedCms {

  private static final String SLUG = "reg-it-filter";
  private static final String PATH = "api/v1/regions/" + SLUG;

  private static EditorClient editor;
  private static EditorClient anonymous;

  @BeforeAll
  static void signIn() throws Exception {
    editor = EditorClient.as(PublishingITAccounts.NATIONAL);
    anonymous = EditorClient.anonymous();
  }

  @AfterAll
  static void deleteTheRegion() throws Exception {
    editor.withdrawAndDelete(PATH);
  }

  @Test
  void aRegionCanBeFilteredOnExactlyWhileItIsPublished() throws Exception {
    HttpResponse<String> draft = editor.send("POST", "api/v1/regions", regionJson(SLUG, "Filter"));
    assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
    assertFilterable(false);

    HttpResponse<String> published =
        editor.send("PUT", PATH + "/publication", "{\"status\":\"PUBLISHED\"}", etag(draft));
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertFilterable(true, "Filter");

    HttpResponse<String> renamed =
        editor.send("PUT", PATH, regionJson(SLUG, "Filter Hernoemd"), etag(published));
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    assertFilterable(true, "Filter Hernoemd");

    HttpResponse<String> withdrawn =
        editor.send("PUT", PATH + "/publication", "{\"status\":\"DRAFT\"}", etag(renamed));
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
    assertFilterable(false);

    HttpResponse<String> deleted = editor.send("DELETE", PATH, null, etag(withdrawn));
    assertThat(deleted.statusCode()).as(deleted.body()).isIn(200, 204);
    assertFilterable(false);
    HttpResponse<String> restored =
        editor.send("POST", PATH + "/restore", null, etag(editor.get(PATH + "/editable")));
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    HttpResponse<String> republished =
        editor.send("PUT", PATH + "/publication", "{\"status\":\"PUBLISHED\"}", etag(restored));
    assertThat(republished.statusCode()).as(republished.body()).isEqualTo(200);
    assertFilterable(true);

    HttpResponse<String> unpublished =
        editor.send("PUT", PATH + "/publication", "{\"status\":\"DRAFT\"}", etag(republished));
    assertFilterable(false);
    Instant start = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.MILLIS);
    Instant end = start.plusSeconds(4);
    HttpResponse<String> scheduled =
        editor.send(
            "PUT",
            PATH + "/publication",
            EditorClient.scheduledJson(start, end),
            etag(unpublished));
    assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
    assertFilterable(false);
    sleepUntil(start.plusMillis(700));
    assertFilterable(true);
    sleepUntil(end.plusMillis(700));
    assertFilterable(false);
  }

  @Test
  void aGoalFilterNamesAGoalOfTheCurrentPactOnly() throws Exception {
    for (int i = 0; i < 2; i++) {
      assertThat(anonymous.get("api/v1/cases?goal=4").statusCode()).isEqualTo(200);
      assertThat(anonymous.get("api/v1/cases?goal=999").statusCode()).isEqualTo(400);
      assertThat(anonymous.get("cases?goal=4").statusCode()).isEqualTo(200);
      assertThat(anonymous.get("cases?goal=999").statusCode()).isEqualTo(404);
    }
  }

  private static void assertFilterable(boolean filterable) throws Exception {
    assertFilterable(filterable, "Filter Hernoemd");
  }

  /**
   * Asked twice: the second answer comes from what the first one kept. The case index also offers
   * the region in its filter, by its current name (plugin API 0.4.0's kept summaries, ADR 0032).
   */
  private static void assertFilterable(boolean filterable, String name) throws Exception {
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> unfiltered = anonymous.get("cases");
      assertThat(unfiltered.statusCode()).isEqualTo(200);
      String option = "<option value=\"" + SLUG + "\">" + name + "</option>";
      if (filterable) {
        assertThat(unfiltered.body()).as("the region's filter option").contains(option);
      } else {
        assertThat(unfiltered.body()).as("no filter option").doesNotContain("\"" + SLUG + "\"");
      }
      HttpResponse<String> list = anonymous.get("api/v1/cases?region=" + SLUG + "&page=1&size=5");
      assertThat(list.statusCode())
          .as("API list %s", list.body())
          .isEqualTo(filterable ? 200 : 400);
      for (String language : new String[] {"", "&lang=en"}) {
        HttpResponse<String> index = anonymous.get("cases?region=" + SLUG + language);
        assertThat(index.statusCode())
            .as("case index" + language)
            .isEqualTo(filterable ? 200 : 404);
      }
    }
  }

  private static void sleepUntil(Instant moment) throws InterruptedException {
    long wait = moment.toEpochMilli() - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
  }
}
