package nl.techniekpact.cms.it.publishing;

import static nl.techniekpact.cms.it.publishing.EditorClient.etag;
import static nl.techniekpact.cms.it.publishing.EditorClient.json;
import static nl.techniekpact.cms.it.publishing.EditorClient.regionJson;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import nl.techniekpact.cms.it.DeployedCms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Region editing over REST beyond the roles: preconditions (428, 412 with the current ETag),
 * validation with every refused field listed (422), 415 and 400, revisions with compare and
 * restore, the audit log, ContentChanged, and publication now and by the timer — visible in the
 * read API and on the regional-pages plugin's page. Works on its own draft region, deleted again.
 */
class RegionEditingIT extends DeployedCms {

  private static final String SLUG = "reg-it-bewerkt";
  private static final String PATH = "api/v1/regions/" + SLUG;
  private static final Duration PATIENCE = Duration.ofSeconds(20);

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

  private static HttpResponse<String> createdOrCurrent() throws Exception {
    HttpResponse<String> current = editor.get(PATH + "/editable");
    if (current.statusCode() == 200) {
      return current;
    }
    HttpResponse<String> created = editor.send("POST", "api/v1/regions", regionJson(SLUG, "Eerst"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return created;
  }

  @Test
  void changesNeedTheCurrentVersionAndValidContent() throws Exception {
    String tag = etag(createdOrCurrent());

    HttpResponse<String> missing = editor.send("PUT", PATH, regionJson(SLUG, "Zonder"));
    HttpResponse<String> stale = editor.send("PUT", PATH, regionJson(SLUG, "Oud"), "\"v0\"");
    HttpResponse<String> blank =
        editor.send(
            "PUT", PATH, "{\"slug\":\"" + SLUG + "\",\"name\":\" \",\"provinces\":[]}", tag);
    HttpResponse<String> invalid =
        editor.send(
            "PUT",
            PATH,
            "{\"slug\":\""
                + SLUG
                + "\",\"name\":\"X\",\"provinces\":[\"Atlantis\",\"Groningen\"],"
                + "\"contact\":{\"email\":\"geen-adres\"}}",
            tag);
    HttpResponse<String> plain = editor.send("PUT", PATH, "name=x", tag, "text/plain");
    HttpResponse<String> malformed = editor.send("PUT", PATH, "{\"name\":", tag);
    HttpResponse<String> twice =
        editor.send(
            "PUT",
            PATH,
            regionJson(SLUG, "Dubbel").replace("[\"Groningen\"]", "[\"Groningen\",\"GRONINGEN\"]"),
            tag);

    assertThat(missing.statusCode()).as(missing.body()).isEqualTo(428);
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
    assertThat(stale.headers().firstValue("ETag")).hasValue(tag);
    assertThat(blank.statusCode()).as(blank.body()).isEqualTo(422);
    assertThat(blank.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(blank.body()).contains("\"field\":\"name\"", "\"field\":\"provinces\"");
    assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(422);
    assertThat(invalid.body())
        .contains("\"field\":\"provinces\"", "Atlantis", "\"field\":\"contact.email\"");
    assertThat(plain.statusCode()).isEqualTo(415);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(twice.statusCode()).as(twice.body()).isEqualTo(422);
    assertThat(twice.body()).contains("\"field\":\"provinces\"");
    assertThat(etag(editor.get(PATH + "/editable"))).as("nothing written").isEqualTo(tag);
  }

  @Test
  void everySaveIsARevisionThatCanBeComparedAndRestoredAndIsAudited() throws Exception {
    HttpResponse<String> first = createdOrCurrent();
    long start = json(first).getJsonNumber("version").longValue();
    HttpResponse<String> renamed =
        editor.send("PUT", PATH, regionJson(SLUG, "Hernoemd"), etag(first));
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    long renamedVersion = json(renamed).getJsonNumber("version").longValue();
    assertThat(renamedVersion).isEqualTo(start + 1);

    List<JsonObject> revisions =
        Json.createReader(new StringReader(editor.get(PATH + "/revisions").body()))
            .readArray()
            .getValuesAs(JsonObject.class);
    assertThat(revisions.get(0).getJsonNumber("number").longValue()).isEqualTo(renamedVersion);
    // the save before the rename (the timer's transitions raise the version without a revision)
    start = revisions.get(1).getJsonNumber("number").longValue();
    HttpResponse<String> changes =
        editor.get(PATH + "/revisions/" + renamedVersion + "/changes?since=" + start);
    assertThat(changes.statusCode()).as(changes.body()).isEqualTo(200);
    assertThat(changes.body()).contains("\"field\":\"content.name\"", "Hernoemd");
    assertThat(editor.get(PATH + "/revisions/" + start).body()).doesNotContain("Hernoemd");

    HttpResponse<String> restored =
        editor.send("POST", PATH + "/revisions/" + start + "/restore", null, etag(renamed));
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    assertThat(json(restored).getString("name")).isNotEqualTo("Hernoemd");
    assertThat(json(restored).getJsonNumber("version").longValue()).isEqualTo(renamedVersion + 1);

    String audit = editor.get("api/v1/audit?item=" + SLUG).body();
    assertThat(audit).contains("\"action\":\"update\"", "\"action\":\"restore-revision\"");
    assertThat(audit).contains("\"contentType\":\"region\"");
    assertThat(events()).contains("region " + SLUG + " UPDATED [" + SLUG + "]");
  }

  @Test
  void aPublishedRegionIsReadPubliclyAndAScheduledOneAppearsAndEndsByItself() throws Exception {
    HttpResponse<String> draft = createdOrCurrent();
    assertThat(anonymous.get(PATH).statusCode()).isEqualTo(404);
    assertThat(anonymous.get("regio/" + SLUG).statusCode()).isEqualTo(404);

    HttpResponse<String> published =
        editor.send("PUT", PATH + "/publication", "{\"status\":\"PUBLISHED\"}", etag(draft));
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    HttpResponse<String> read = anonymous.get(PATH);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("Ambities");
    HttpResponse<String> page = anonymous.get("regio/" + SLUG);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Ambities");

    HttpResponse<String> unpublished =
        editor.send("PUT", PATH + "/publication", "{\"status\":\"DRAFT\"}", etag(published));
    assertThat(anonymous.get(PATH).statusCode()).isEqualTo(404);

    Instant start = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
    Instant end = start.plusSeconds(3);
    HttpResponse<String> scheduled =
        editor.send(
            "PUT",
            PATH + "/publication",
            EditorClient.scheduledJson(start, end),
            etag(unpublished));
    assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
    assertThat(json(scheduled).getString("status")).isEqualTo("SCHEDULED");
    await(() -> anonymous.get(PATH).statusCode() == 200);
    assertThat(Instant.now()).isAfterOrEqualTo(start);
    await(() -> anonymous.get(PATH).statusCode() == 404);
    assertThat(Instant.now()).isAfterOrEqualTo(end);
    await(() -> json(editor.get(PATH + "/editable")).getString("status").equals("DRAFT"));
    String audit = editor.get("api/v1/audit?item=" + SLUG).body();
    assertThat(audit).contains("scheduled-publish", "scheduled-unpublish");
  }

  @Test
  void theEditableRegionCanBeShownInOneLanguage() throws Exception {
    String tag = etag(createdOrCurrent());
    String body =
        regionJson(SLUG, "Talen")
            .replace("\"nl\":\"Ambities van Talen\"", "\"nl\":\"Ambities\",\"en\":\"Ambitions\"");
    HttpResponse<String> translated = editor.send("PUT", PATH, body, tag);
    assertThat(translated.statusCode()).as(translated.body()).isEqualTo(200);

    JsonObject english = json(editor.get(PATH + "/editable?lang=en")).getJsonObject("ambitions");
    JsonObject dutch = json(editor.get(PATH + "/editable?lang=nl")).getJsonObject("ambitions");
    JsonObject both = json(editor.get(PATH + "/editable")).getJsonObject("ambitions");

    assertThat(english.keySet()).containsExactly("en");
    assertThat(english.getString("en")).isEqualTo("Ambitions");
    assertThat(dutch.keySet()).containsExactly("nl");
    assertThat(both.keySet()).containsExactlyInAnyOrder("nl", "en");
    assertThat(editor.get(PATH + "/editable?lang=fr").statusCode()).isEqualTo(400);
  }

  private static String events() throws Exception {
    return anonymous.get("api/v1/it-fixtures/content-changes").body();
  }

  private static void await(Callable<Boolean> condition) throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!condition.call()) {
      assertThat(Instant.now()).as("waited %s", PATIENCE).isBefore(deadline);
      Thread.sleep(200);
    }
  }
}
