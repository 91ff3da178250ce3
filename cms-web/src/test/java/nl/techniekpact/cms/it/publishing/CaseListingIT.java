package nl.techniekpact.cms.it.publishing;

import static nl.techniekpact.cms.it.publishing.EditorClient.caseJson;
import static nl.techniekpact.cms.it.publishing.EditorClient.etag;
import static nl.techniekpact.cms.it.publishing.EditorClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.cms.it.DeployedCms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Public lists of cases count and page in the in-memory listing (ADR 0019), and every change is in
 * the very next list and total: publish, unpublish, a change of region, goals and levels, soft
 * delete, restore, and a scheduled start and end passing (no event at all). After each step the
 * listing also equals the database's rule for every filter combination (a fixture compares them on
 * the server). The case is deleted at the end, so public lists are as before.
 */
class CaseListingIT extends DeployedCms {

  private static final String SLUG = "list-it-geval";
  private static final String OLD = "region=noord-nederland&goal=4&level=MBO";
  private static final String NEW = "region=zuid-nederland&goal=7&level=HBO_WO";

  private static EditorClient editor;
  private static EditorClient anonymous;

  @BeforeAll
  static void signInWhenTheListingIsLoaded() throws Exception {
    editor = EditorClient.as(PublishingITAccounts.NATIONAL);
    anonymous = EditorClient.anonymous();
    HttpResponse<String> ready = anonymous.get("api/v1/it-fixtures/case-listing/ready");
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
  }

  @AfterAll
  static void deleteTheCase() throws Exception {
    HttpResponse<String> current = editor.get("api/v1/cases/" + SLUG + "/editable");
    if (current.statusCode() == 200 && !json(current).containsKey("deletedAt")) {
      editor.send("DELETE", "api/v1/cases/" + SLUG, null, etag(current));
    }
  }

  @Test
  void everyChangeIsInTheNextListAndTotalAtOnce() throws Exception {
    Listed allBefore = listed("");
    Listed oldBefore = listed(OLD);
    Listed newBefore = listed(NEW);
    HttpResponse<String> created =
        editor.send("POST", "api/v1/cases", caseJson(SLUG, "Lijst", "noord-nederland"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(listed("")).isEqualTo(allBefore);
    assertAgrees();

    String version = publication(etag(created), "{\"status\":\"PUBLISHED\"}");
    assertThat(listed("")).isEqualTo(allBefore.with(SLUG));
    assertThat(listed(OLD)).isEqualTo(oldBefore.with(SLUG));
    assertThat(listed(NEW)).isEqualTo(newBefore);
    assertAgrees();

    HttpResponse<String> moved =
        editor.send(
            "PUT",
            "api/v1/cases/" + SLUG,
            "{\"slug\":\""
                + SLUG
                + "\",\"title\":{\"nl\":\"Lijst\"},\"summary\":{\"nl\":\"Verhuisd\"},\"body\":{\"nl\":\"<p>Verhaal</p>\"},"
                + "\"region\":\"zuid-nederland\",\"goals\":[7],"
                + "\"educationLevels\":[\"HBO_WO\"],\"partners\":[]}",
            version);
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(listed(OLD)).isEqualTo(oldBefore);
    assertThat(listed(NEW)).isEqualTo(newBefore.with(SLUG));
    assertThat(listed("")).isEqualTo(allBefore.with(SLUG));
    assertAgrees();

    version = publication(etag(moved), "{\"status\":\"DRAFT\"}");
    assertThat(listed(NEW)).isEqualTo(newBefore);
    assertThat(listed("")).isEqualTo(allBefore);
    assertAgrees();

    version = publication(version, "{\"status\":\"PUBLISHED\"}");
    assertThat(listed(NEW)).isEqualTo(newBefore.with(SLUG));
    HttpResponse<String> deleted = editor.send("DELETE", "api/v1/cases/" + SLUG, null, version);
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
    assertThat(listed(NEW)).isEqualTo(newBefore);
    assertThat(listed("")).isEqualTo(allBefore);
    assertAgrees();

    HttpResponse<String> restored =
        editor.send("POST", "api/v1/cases/" + SLUG + "/restore", null, etag(deleted));
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    assertThat(listed(NEW)).isEqualTo(newBefore.with(SLUG));
    assertThat(listed("")).isEqualTo(allBefore.with(SLUG));
    assertAgrees();

    // a scheduled start and end: the lists change when the moments pass, with no event between
    version = publication(etag(restored), "{\"status\":\"DRAFT\"}");
    Instant start = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
    Instant end = start.plusSeconds(3);
    version = publication(version, EditorClient.scheduledJson(start, end));
    assertThat(listed(NEW)).isEqualTo(newBefore);
    sleepUntil(start);
    assertThat(listed(NEW)).isEqualTo(newBefore.with(SLUG));
    assertThat(listed("")).isEqualTo(allBefore.with(SLUG));
    assertAgrees();
    sleepUntil(end);
    assertThat(listed(NEW)).isEqualTo(newBefore);
    assertThat(listed("")).isEqualTo(allBefore);
    assertAgrees();
  }

  /** Changes the publication and answers the new ETag. */
  private static String publication(String version, String body) throws Exception {
    HttpResponse<String> changed =
        editor.send("PUT", "api/v1/cases/" + SLUG + "/publication", body, version);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    return etag(changed);
  }

  private static void assertAgrees() throws Exception {
    HttpResponse<String> agrees = anonymous.get("api/v1/it-fixtures/case-listing/agrees");
    assertThat(agrees.statusCode()).as(agrees.body()).isEqualTo(200);
  }

  private static void sleepUntil(Instant moment) throws InterruptedException {
    long wait = moment.toEpochMilli() - System.currentTimeMillis() + 50;
    if (wait > 0) {
      Thread.sleep(wait);
    }
  }

  /** Every page of a public list, as the total it states and the slugs on its pages. */
  private static Listed listed(String query) throws Exception {
    List<String> slugs = new ArrayList<>();
    int total = -1;
    for (int page = 1; ; page++) {
      HttpResponse<String> response =
          anonymous.get("api/v1/cases?" + query + "&size=100&page=" + page);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonObject body = json(response);
      total = body.getInt("total");
      List<String> onPage =
          body.getJsonArray("items").getValuesAs(JsonObject.class).stream()
              .map(item -> item.getString("slug"))
              .toList();
      slugs.addAll(onPage);
      if (onPage.size() < 100) {
        return new Listed(total, slugs);
      }
    }
  }

  /** A list's stated total and its slugs. */
  private record Listed(int total, List<String> slugs) {
    Listed {
      assertThat(slugs).as("the total heads exactly the listed cases").hasSize(total);
    }

    Listed with(String slug) {
      List<String> more = new ArrayList<>(slugs);
      more.add(slug);
      return new Listed(total + 1, more);
    }
  }
}
