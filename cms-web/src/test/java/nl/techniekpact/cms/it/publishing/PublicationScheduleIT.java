package nl.techniekpact.cms.it.publishing;

import static nl.techniekpact.cms.it.publishing.EditorClient.caseJson;
import static nl.techniekpact.cms.it.publishing.EditorClient.etag;
import static nl.techniekpact.cms.it.publishing.EditorClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import nl.techniekpact.cms.it.DeployedCms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scheduled publication and unpublication, with the timer checking every second (arquillian.xml):
 * the case appears and disappears at its moments, the timer then stores the new state once, records
 * it in the audit log and as a revision by {@code system} (so revision numbers skip no version) and
 * fires ContentChanged exactly once.
 */
class PublicationScheduleIT extends DeployedCms {

  private static final String SLUG = "pub-it-gepland";
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private static EditorClient editor;
  private static EditorClient anonymous;

  @BeforeAll
  static void signIn() throws Exception {
    editor = EditorClient.as(PublishingITAccounts.NATIONAL);
    anonymous = EditorClient.anonymous();
  }

  @AfterAll
  static void deleteTheCase() throws Exception {
    HttpResponse<String> current = editor.get("api/v1/cases/" + SLUG + "/editable");
    if (current.statusCode() == 200 && !json(current).containsKey("deletedAt")) {
      editor.send("DELETE", "api/v1/cases/" + SLUG, null, etag(current));
    }
  }

  @Test
  void aScheduledCaseAppearsAndDisappearsAtItsMomentsOnceEach() throws Exception {
    HttpResponse<String> created =
        editor.send("POST", "api/v1/cases", caseJson(SLUG, "Gepland", PublishingITAccounts.REGION));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Instant start = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);

    HttpResponse<String> scheduled =
        editor.send(
            "PUT",
            "api/v1/cases/" + SLUG + "/publication",
            "{\"status\":\"SCHEDULED\",\"publishAt\":\"" + start + "\"}",
            etag(created));

    assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
    assertThat(json(scheduled).getString("status")).isEqualTo("SCHEDULED");
    assertThat(anonymous.get("api/v1/cases/" + SLUG).statusCode()).isEqualTo(404);
    await(() -> anonymous.get("api/v1/cases/" + SLUG).statusCode() == 200);
    assertThat(Instant.now()).isAfterOrEqualTo(start);
    String last = anonymous.get("api/v1/it-fixtures/schedule-run").body();
    Thread.sleep(1500);
    assertThat(anonymous.get("api/v1/it-fixtures/schedule-run").body())
        .as("the timer checks every second")
        .doesNotStartWith("null")
        .isNotEqualTo(last);
    await(
        () -> stateOf().equals("PUBLISHED"),
        () -> anonymous.get("api/v1/it-fixtures/schedule-run").body());
    await(() -> audit().contains("system scheduled-publish"));
    assertThat(occurrences(events(), "case-study " + SLUG + " PUBLISHED [noord-nederland]"))
        .isEqualTo(1);

    Instant end = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
    HttpResponse<String> ending =
        editor.send(
            "PUT",
            "api/v1/cases/" + SLUG + "/publication",
            "{\"status\":\"SCHEDULED\",\"unpublishAt\":\"" + end + "\"}",
            etag(editor.get("api/v1/cases/" + SLUG + "/editable")));
    assertThat(ending.statusCode()).as(ending.body()).isEqualTo(200);
    assertThat(json(ending).getString("status")).isEqualTo("PUBLISHED");
    assertThat(json(ending).getString("unpublishAt")).isEqualTo(end.toString());
    assertThat(anonymous.get("api/v1/cases/" + SLUG).statusCode()).isEqualTo(200);

    await(() -> anonymous.get("api/v1/cases/" + SLUG).statusCode() == 404);
    assertThat(Instant.now()).isAfterOrEqualTo(end);
    await(() -> stateOf().equals("DRAFT"));
    await(() -> audit().contains("system scheduled-unpublish"));
    assertThat(occurrences(events(), "case-study " + SLUG + " UNPUBLISHED [noord-nederland]"))
        .isEqualTo(1);
    // a few more timer runs, and one more check run now: still exactly once each
    Thread.sleep(2500);
    assertThat(anonymous.send("POST", "api/v1/it-fixtures/schedule-run", null).body())
        .isEqualTo("0");
    assertThat(occurrences(events(), "case-study " + SLUG + " PUBLISHED [noord-nederland]"))
        .isEqualTo(1);
    assertThat(occurrences(events(), "case-study " + SLUG + " UNPUBLISHED [noord-nederland]"))
        .isEqualTo(1);
    everyVersionIsARevisionTheTimersBySystem();
  }

  /** The revisions after the cycle above: one per version, none skipped, none twice. */
  private static void everyVersionIsARevisionTheTimersBySystem() throws Exception {
    List<JsonObject> revisions =
        jsonArray(editor.get("api/v1/cases/" + SLUG + "/revisions")).getValuesAs(JsonObject.class);
    long version = json(editor.get("api/v1/cases/" + SLUG + "/editable")).getInt("version");

    assertThat(revisions.stream().map(r -> r.getInt("number")).toList())
        .as("newest first, one per version")
        .isEqualTo(
            LongStream.iterate(version, n -> n >= 1, n -> n - 1).mapToObj(n -> (int) n).toList());
    assertThat(revisions.stream().map(r -> r.getString("author") + " " + r.getString("operation")))
        .containsExactly(
            "system scheduled-unpublish",
            PublishingITAccounts.NATIONAL + " schedule",
            "system scheduled-publish",
            PublishingITAccounts.NATIONAL + " schedule",
            PublishingITAccounts.NATIONAL + " create");
    assertThat(audit()).contains("system scheduled-publish", "system scheduled-unpublish");
    String published = revisions.get(2).getInt("number") + "";
    String before = revisions.get(3).getInt("number") + "";
    List<JsonObject> changes =
        jsonArray(
                editor.get(
                    "api/v1/cases/"
                        + SLUG
                        + "/revisions/"
                        + published
                        + "/changes?since="
                        + before))
            .getValuesAs(JsonObject.class);
    assertThat(changes.stream().map(c -> c.getString("field")))
        .as("the timer changed the status only")
        .containsExactly("publication.status");
    HttpResponse<String> content = editor.get("api/v1/cases/" + SLUG + "/revisions/" + published);
    assertThat(content.statusCode()).as(content.body()).isEqualTo(200);
    assertThat(json(content).getJsonObject("title").getString("nl")).isEqualTo("Gepland");
  }

  private static JsonArray jsonArray(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  @Test
  void momentsMustLieInTheFutureAndAnEndAfterTheStart() throws Exception {
    HttpResponse<String> created =
        editor.send("POST", "api/v1/cases", caseJson("pub-it-verleden", "Verleden", null));
    assertThat(created.statusCode()).isEqualTo(201);
    try {
      Instant soon = Instant.now().plusSeconds(3600);
      HttpResponse<String> past =
          editor.send(
              "PUT",
              "api/v1/cases/pub-it-verleden/publication",
              "{\"status\":\"SCHEDULED\",\"publishAt\":\"2020-01-01T00:00:00Z\"}",
              etag(created));
      HttpResponse<String> backwards =
          editor.send(
              "PUT",
              "api/v1/cases/pub-it-verleden/publication",
              EditorClient.scheduledJson(soon, soon.minusSeconds(60)),
              etag(created));
      HttpResponse<String> garbled =
          editor.send(
              "PUT",
              "api/v1/cases/pub-it-verleden/publication",
              "{\"status\":\"LATER\",\"publishAt\":\"morgen\"}",
              etag(created));

      assertThat(past.statusCode()).isEqualTo(422);
      assertThat(past.body()).contains("\"field\":\"publishAt\"");
      assertThat(backwards.statusCode()).isEqualTo(422);
      assertThat(backwards.body()).contains("\"field\":\"publication.until\"");
      assertThat(garbled.statusCode()).isEqualTo(422);
      assertThat(garbled.body()).contains("\"field\":\"status\"", "\"field\":\"publishAt\"");
      assertThat(json(editor.get("api/v1/cases/pub-it-verleden/editable")).getInt("version"))
          .isEqualTo(1);
    } finally {
      editor.send("DELETE", "api/v1/cases/pub-it-verleden", null, "\"v1\"");
    }
  }

  private static String stateOf() throws Exception {
    return json(editor.get("api/v1/cases/" + SLUG + "/editable")).getString("status");
  }

  /** The audit entries of the case as "actor action". */
  private static java.util.List<String> audit() throws Exception {
    return json(editor.get("api/v1/audit?item=" + SLUG))
        .getJsonArray("items")
        .getValuesAs(jakarta.json.JsonObject.class)
        .stream()
        .map(e -> e.getString("actor") + " " + e.getString("action"))
        .toList();
  }

  private static String events() throws Exception {
    return anonymous.get("api/v1/it-fixtures/content-changes").body();
  }

  private static long occurrences(String text, String line) {
    return text.lines().filter(line::equals).count();
  }

  private static void await(Callable<Boolean> condition) throws Exception {
    await(condition, () -> "");
  }

  private static void await(Callable<Boolean> condition, Callable<String> diagnosis)
      throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!condition.call()) {
      assertThat(Instant.now()).as("waited %s; %s", PATIENCE, diagnosis.call()).isBefore(deadline);
      Thread.sleep(200);
    }
  }
}
