package nl.techniekpact.cms.it.publishing;

import static nl.techniekpact.cms.it.publishing.EditorClient.ambassadorJson;
import static nl.techniekpact.cms.it.publishing.EditorClient.etag;
import static nl.techniekpact.cms.it.publishing.EditorClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.techniekpact.cms.it.DeployedCms;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ambassador editing over REST: the authorisation matrix (anonymous 401, plugin admin 403, a
 * regional editor only the ambassadors of their region, before and after a change; national editors
 * and administrators all), preconditions (428, 412), validation (422 per field), 415, revisions,
 * audit, publication to the read API and the profile page, and the schedule. The fixtures are the
 * test's own drafts in the seed regions, deleted again; the regions stay as they are.
 */
class AmbassadorEditingIT extends DeployedCms {

  private static final String REGION = PublishingITAccounts.REGION;
  private static final String OTHER_REGION = PublishingITAccounts.OTHER_REGION;
  private static final String OWN = "amb-it-eigen";
  private static final String OTHER = "amb-it-ander";
  private static final String NATIONAL = "amb-it-landelijk";
  private static final String BY_REGIONAL = "amb-it-door-regio";
  private static final String REFUSED = "amb-it-geweigerd";
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private static EditorClient national;
  private static EditorClient regional;
  private static EditorClient administrator;
  private static EditorClient pluginAdmin;
  private static EditorClient anonymous;

  @BeforeAll
  static void createFixtures() throws Exception {
    national = EditorClient.as(PublishingITAccounts.NATIONAL);
    regional = EditorClient.as(PublishingITAccounts.REGIONAL);
    administrator = EditorClient.as(PublishingITAccounts.ADMINISTRATOR);
    pluginAdmin = EditorClient.as(PublishingITAccounts.PLUGIN_ADMIN);
    anonymous = EditorClient.anonymous();
    for (String[] fixture :
        new String[][] {{OWN, REGION}, {OTHER, OTHER_REGION}, {NATIONAL, null}}) {
      HttpResponse<String> created =
          national.send(
              "POST", "api/v1/ambassadors", ambassadorJson(fixture[0], "Matrix", fixture[1]));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
  }

  @AfterAll
  static void deleteFixtures() throws Exception {
    for (String slug : List.of(OWN, OTHER, NATIONAL, BY_REGIONAL)) {
      HttpResponse<String> current = national.get("api/v1/ambassadors/" + slug + "/editable");
      if (current.statusCode() == 200 && !json(current).containsKey("deletedAt")) {
        national.send("DELETE", "api/v1/ambassadors/" + slug, null, etag(current));
      }
    }
  }

  private static void everyOperationIs(EditorClient caller, String slug, String region, int status)
      throws Exception {
    String tag = etag(national.get("api/v1/ambassadors/" + slug + "/editable"));
    String path = "api/v1/ambassadors/" + slug;
    List<String[]> operations =
        List.of(
            new String[] {"GET", path + "/editable", null},
            new String[] {"PUT", path, ambassadorJson(slug, "Overgenomen", region)},
            new String[] {"PUT", path + "/publication", "{\"status\":\"PUBLISHED\"}"},
            new String[] {"DELETE", path, null},
            new String[] {"POST", path + "/restore", null},
            new String[] {"GET", path + "/revisions", null},
            new String[] {"GET", path + "/revisions/1", null},
            new String[] {"GET", path + "/revisions/1/changes?since=1", null},
            new String[] {"POST", path + "/revisions/1/restore", null},
            new String[] {"POST", "api/v1/ambassadors", ambassadorJson(REFUSED, "X", region)});
    for (String[] op : operations) {
      HttpResponse<String> answer = caller.send(op[0], op[1], op[2], tag);
      assertThat(answer.statusCode())
          .as(op[0] + " " + op[1] + ": " + answer.body())
          .isEqualTo(status);
      assertThat(answer.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
    HttpResponse<String> after = national.get("api/v1/ambassadors/" + slug + "/editable");
    assertThat(etag(after)).as("nothing changed").isEqualTo(tag);
    assertThat(json(after).getString("name")).isEqualTo("Matrix");
    assertThat(national.get("api/v1/ambassadors/" + REFUSED + "/editable").statusCode())
        .as("nothing created")
        .isEqualTo(404);
  }

  @Test
  void anonymousCallersAndPluginAdminsAreRefusedEverything() throws Exception {
    everyOperationIs(anonymous, OWN, REGION, 401);
    everyOperationIs(pluginAdmin, OWN, REGION, 403);
  }

  @Test
  void aRegionalEditorCannotReachAnotherRegionsOrANationalAmbassador() throws Exception {
    everyOperationIs(regional, OTHER, OTHER_REGION, 403);
    everyOperationIs(regional, NATIONAL, null, 403);
  }

  @Test
  void aRegionalEditorCannotMoveTheirAmbassadorAway() throws Exception {
    String tag = etag(national.get("api/v1/ambassadors/" + OWN + "/editable"));
    HttpResponse<String> moved =
        regional.send(
            "PUT", "api/v1/ambassadors/" + OWN, ambassadorJson(OWN, "Weg", OTHER_REGION), tag);
    HttpResponse<String> nationalised =
        regional.send("PUT", "api/v1/ambassadors/" + OWN, ambassadorJson(OWN, "Weg", null), tag);

    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(403);
    assertThat(nationalised.statusCode()).as(nationalised.body()).isEqualTo(403);
    assertThat(etag(national.get("api/v1/ambassadors/" + OWN + "/editable"))).isEqualTo(tag);
  }

  @Test
  void aRegionalEditorEditsTheAmbassadorsOfTheirRegion() throws Exception {
    HttpResponse<String> created =
        regional.send("POST", "api/v1/ambassadors", ambassadorJson(BY_REGIONAL, "Eigen", REGION));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String path = "api/v1/ambassadors/" + BY_REGIONAL;
    HttpResponse<String> updated =
        regional.send(
            "PUT", path, ambassadorJson(BY_REGIONAL, "Eigen, beter", REGION), etag(created));
    HttpResponse<String> draft =
        regional.send("PUT", path + "/publication", "{\"status\":\"DRAFT\"}", etag(updated));
    HttpResponse<String> deleted = regional.send("DELETE", path, null, etag(draft));
    HttpResponse<String> restored = regional.send("POST", path + "/restore", null, etag(deleted));
    HttpResponse<String> reverted =
        regional.send("POST", path + "/revisions/1/restore", null, etag(restored));
    for (HttpResponse<String> ok : List.of(updated, draft, deleted, restored, reverted)) {
      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    }
    assertThat(json(reverted).getString("name")).isEqualTo("Eigen");
    assertThat(regional.get(path + "/revisions").body()).contains("restore-revision", "update");
    assertThat(regional.get("api/v1/ambassadors/" + OWN + "/editable").statusCode()).isEqualTo(200);
  }

  @Test
  void nationalEditorsAndAdministratorsEditEveryAmbassador() throws Exception {
    for (EditorClient editor : List.of(national, administrator)) {
      for (String[] fixture :
          new String[][] {{OWN, REGION}, {OTHER, OTHER_REGION}, {NATIONAL, null}}) {
        String path = "api/v1/ambassadors/" + fixture[0];
        HttpResponse<String> updated =
            editor.send(
                "PUT",
                path,
                ambassadorJson(fixture[0], "Matrix", fixture[1]),
                etag(editor.get(path + "/editable")));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
      }
    }
  }

  @Test
  void changesNeedTheCurrentVersionAndValidContent() throws Exception {
    String path = "api/v1/ambassadors/" + NATIONAL;
    String tag = etag(national.get(path + "/editable"));
    HttpResponse<String> missing = national.send("PUT", path, ambassadorJson(NATIONAL, "X", null));
    HttpResponse<String> stale =
        national.send("PUT", path, ambassadorJson(NATIONAL, "X", null), "\"v0\"");
    HttpResponse<String> invalid =
        national.send(
            "PUT",
            path,
            ambassadorJson(NATIONAL, "Matrix", "nergens")
                .replace("AMBASSADEUR", "ASTRONAUT")
                .replace("\"goals\":[4]", "\"goals\":[999]"),
            tag);
    HttpResponse<String> unknown =
        national.send(
            "PUT",
            path,
            ambassadorJson(NATIONAL, "Matrix", "nergens")
                .replace("\"goals\":[4]", "\"goals\":[999]"),
            tag);
    HttpResponse<String> plain = national.send("PUT", path, "name=x", tag, "text/plain");
    HttpResponse<String> noAlt =
        national.send(
            "PUT",
            path,
            ambassadorJson(NATIONAL, "Matrix", null)
                .replace(
                    "\"goals\":[4]", "\"photo\":{\"location\":\"/media/1/card\"},\"goals\":[4]"),
            tag);

    assertThat(missing.statusCode()).isEqualTo(428);
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(stale.headers().firstValue("ETag")).hasValue(tag);
    assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(422);
    assertThat(invalid.body()).contains("\"field\":\"role\"");
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
    assertThat(unknown.body()).contains("\"field\":\"region\"", "\"field\":\"goals\"");
    assertThat(plain.statusCode()).isEqualTo(415);
    assertThat(noAlt.statusCode()).as(noAlt.body()).isEqualTo(422);
    assertThat(noAlt.body()).contains("\"field\":\"photo.altText\"");
    assertThat(etag(national.get(path + "/editable"))).as("nothing written").isEqualTo(tag);
  }

  @Test
  void theHomePageShowsSixAmbassadorsAanjagerFirstAndTheIndexShowsThemAll() throws Exception {
    List<String> made = new ArrayList<>();
    try {
      for (int i = 1; i <= 5; i++) {
        String slug = "pub-it-thuis-" + i;
        made.add(slug);
        HttpResponse<String> created =
            national.send("POST", "api/v1/ambassadors", ambassadorJson(slug, "Thuis " + i, null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> published =
            national.send(
                "PUT",
                "api/v1/ambassadors/" + slug + "/publication",
                "{\"status\":\"PUBLISHED\"}",
                etag(created));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
      }

      Document home = Jsoup.parse(anonymous.get("").body());
      Document index = Jsoup.parse(anonymous.get("ambassadeurs").body());

      List<String> onHome = home.select(".plugin-ambassadors li[data-slug]").eachAttr("data-slug");
      assertThat(onHome).hasSize(6).startsWith("doekle-terpstra");
      assertThat(home.select(".plugin-ambassadors .all a").attr("href")).isEqualTo("/ambassadeurs");
      assertThat(index.select("li[data-slug]").eachAttr("data-slug"))
          .containsAll(made)
          .containsAll(onHome);
    } finally {
      for (String slug : made) {
        HttpResponse<String> current = national.get("api/v1/ambassadors/" + slug + "/editable");
        if (current.statusCode() == 200) {
          national.send("DELETE", "api/v1/ambassadors/" + slug, null, etag(current));
        }
      }
    }
  }

  @Test
  void aPublishedAmbassadorIsShownAndAScheduledOneAppearsAndEndsByItself() throws Exception {
    String path = "api/v1/ambassadors/" + OTHER;
    HttpResponse<String> published =
        national.send(
            "PUT",
            path + "/publication",
            "{\"status\":\"PUBLISHED\"}",
            etag(national.get(path + "/editable")));
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    HttpResponse<String> read = anonymous.get(path);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains("\"region\":\"" + OTHER_REGION + "\"");
    HttpResponse<String> page = anonymous.get("ambassadeurs/" + OTHER);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Teaser van", "Tweede alinea.");
    HttpResponse<String> draft =
        national.send("PUT", path + "/publication", "{\"status\":\"DRAFT\"}", etag(published));
    assertThat(anonymous.get(path).statusCode()).isEqualTo(404);

    Instant start = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
    Instant end = start.plusSeconds(3);
    HttpResponse<String> scheduled =
        national.send(
            "PUT", path + "/publication", EditorClient.scheduledJson(start, end), etag(draft));
    assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
    await(() -> anonymous.get(path).statusCode() == 200);
    assertThat(Instant.now()).isAfterOrEqualTo(start);
    await(() -> anonymous.get(path).statusCode() == 404);
    await(() -> json(national.get(path + "/editable")).getString("status").equals("DRAFT"));
    assertThat(national.get("api/v1/audit?item=" + OTHER).body())
        .contains("scheduled-publish", "scheduled-unpublish", "\"contentType\":\"ambassador\"");
    assertThat(anonymous.get("api/v1/it-fixtures/content-changes").body())
        .contains("ambassador " + OTHER + " PUBLISHED [" + OTHER_REGION + "]");
  }

  private static void await(Callable<Boolean> condition) throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!condition.call()) {
      assertThat(Instant.now()).as("waited %s", PATIENCE).isBefore(deadline);
      Thread.sleep(200);
    }
  }
}
