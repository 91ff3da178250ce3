package nl.techniekpact.cms.it.publishing;

import static nl.techniekpact.cms.it.publishing.EditorClient.etag;
import static nl.techniekpact.cms.it.publishing.EditorClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import nl.techniekpact.cms.it.DeployedCms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Editing pact editions, goals and themes over {@code /api/v1/pacts}: the authorisation matrix
 * (anonymous 401, plugin admins and regional editors 403 for every operation with nothing changed),
 * If-Match (412, 428), 422 per field (a goal number already taken in the edition is refused on
 * {@code number}, also by a deleted goal), 415, soft delete refused with 409 while cases link to a
 * goal, goals are grouped under a theme or an edition has goals; a deleted goal gone from the
 * edition's public page until restored, a goal of a deleted edition waiting for the edition's
 * restore; revisions, audit and ContentChanged. It works in editions of its own, unsigned so the
 * seed's stays current, and purges them again; the seed pact is only read (and its goal 4 refused
 * removal).
 */
class PactEditingIT extends DeployedCms {

  private static final String EDITION = "pact-it-editie";
  private static final String PACTS = "api/v1/pacts";
  private static final String PACT = PACTS + "/" + EDITION;
  private static final String GOALS = PACT + "/goals";
  private static final String THEMES = PACT + "/themes";
  private static final String SECOND = PACTS + "/pact-it-tweede";

  private static EditorClient national;
  private static EditorClient administrator;
  private static EditorClient regional;
  private static EditorClient pluginAdmin;
  private static EditorClient anonymous;

  @BeforeAll
  static void createEdition() throws Exception {
    national = EditorClient.as(PublishingITAccounts.NATIONAL);
    administrator = EditorClient.as(PublishingITAccounts.ADMINISTRATOR);
    regional = EditorClient.as(PublishingITAccounts.REGIONAL);
    pluginAdmin = EditorClient.as(PublishingITAccounts.PLUGIN_ADMIN);
    anonymous = EditorClient.anonymous();
    HttpResponse<String> created = national.send("POST", PACTS, pactJson("Editie voor tests"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    HttpResponse<String> goal = national.send("POST", GOALS, goalJson(1, "Eerste doel", null));
    assertThat(goal.statusCode()).as(goal.body()).isEqualTo(201);
  }

  @AfterAll
  static void removeEdition() throws Exception {
    for (String edition : List.of(PACT, SECOND)) {
      for (String kind : List.of("goals", "themes")) {
        for (int number = 1; number <= 9; number++) {
          purge(edition + "/" + kind + "/" + number);
        }
      }
      purge(edition);
    }
  }

  /** Deletes an item softly (when it is not yet) and purges it, as the administrator. */
  private static void purge(String path) throws Exception {
    HttpResponse<String> current = administrator.get(path + "/editable");
    if (current.statusCode() != 200) {
      return;
    }
    if (!json(current).containsKey("deletedAt")) {
      administrator.send("DELETE", path, null, etag(current));
      current = administrator.get(path + "/editable");
    }
    HttpResponse<String> purged =
        administrator.send("DELETE", path + "?purge=true", null, etag(current));
    assertThat(purged.statusCode()).as(path + ": " + purged.body()).isEqualTo(204);
  }

  static String pactJson(String introduction) {
    return "{\"slug\":\""
        + EDITION
        + "\",\"name\":\"Pact voor tests\",\"description\":{\"nl\":\""
        + introduction
        + "\",\"en\":\"Edition for tests\"}}";
  }

  static String goalJson(int number, String title, Integer theme) {
    return "{\"number\":"
        + number
        + ",\"title\":{\"nl\":\""
        + title
        + "\",\"en\":\"Goal "
        + number
        + "\"},\"description\":{\"nl\":\"Tekst van doel "
        + number
        + "\"},"
        + (theme == null ? "" : "\"theme\":" + theme + ",")
        + "\"educationLevels\":[\"MBO\"]}";
  }

  private static void everyOperationIs(EditorClient caller, int status) throws Exception {
    String pactTag = etag(national.get(PACT + "/editable"));
    String goalTag = etag(national.get(GOALS + "/1/editable"));
    List<String[]> operations =
        List.of(
            new String[] {"POST", PACTS, pactJson("x").replace(EDITION, "pact-it-geweigerd"), null},
            new String[] {"GET", PACT + "/editable", null, null},
            new String[] {"PUT", PACT, pactJson("Overgenomen"), pactTag},
            new String[] {"DELETE", PACT, null, pactTag},
            new String[] {"DELETE", PACT + "?purge=true", null, pactTag},
            new String[] {"POST", PACT + "/restore", null, pactTag},
            new String[] {"GET", PACT + "/revisions", null, null},
            new String[] {"GET", PACT + "/revisions/1/changes?since=1", null, null},
            new String[] {"POST", PACT + "/revisions/1/restore", null, pactTag},
            new String[] {"POST", GOALS, goalJson(2, "Geweigerd", null), null},
            new String[] {"GET", GOALS + "/1/editable", null, null},
            new String[] {"PUT", GOALS + "/1", goalJson(1, "Overgenomen", null), goalTag},
            new String[] {"DELETE", GOALS + "/1", null, goalTag},
            new String[] {"DELETE", GOALS + "/1?purge=true", null, goalTag},
            new String[] {"POST", GOALS + "/1/restore", null, goalTag},
            new String[] {"GET", "api/v1/trash", null, null},
            new String[] {"GET", GOALS + "/1/revisions", null, null},
            new String[] {"GET", GOALS + "/1/revisions/1", null, null},
            new String[] {"POST", GOALS + "/1/revisions/1/restore", null, goalTag},
            new String[] {"POST", THEMES, "{\"number\":8,\"title\":{\"nl\":\"T\"}}", null});
    for (String[] op : operations) {
      HttpResponse<String> answer = caller.send(op[0], op[1], op[2], op[3]);
      assertThat(answer.statusCode())
          .as(op[0] + " " + op[1] + ": " + answer.body())
          .isEqualTo(status);
      assertThat(answer.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
    assertThat(etag(national.get(PACT + "/editable"))).as("edition unchanged").isEqualTo(pactTag);
    assertThat(etag(national.get(GOALS + "/1/editable"))).as("goal unchanged").isEqualTo(goalTag);
    assertThat(national.get(GOALS + "/2/editable").statusCode()).isEqualTo(404);
    assertThat(national.get(THEMES + "/8/editable").statusCode()).isEqualTo(404);
    assertThat(national.get(PACTS + "/pact-it-geweigerd/editable").statusCode()).isEqualTo(404);
  }

  @Test
  void anonymousCallersAreRefusedEveryWriteWith401() throws Exception {
    everyOperationIs(anonymous, 401);
  }

  @Test
  void pluginAdminsHaveNoRightsOnThePact() throws Exception {
    everyOperationIs(pluginAdmin, 403);
  }

  @Test
  void regionalEditorsCannotEditThePact() throws Exception {
    everyOperationIs(regional, 403);
  }

  @Test
  void nationalEditorsAndAdministratorsEditGoals() throws Exception {
    for (EditorClient editor : List.of(national, administrator)) {
      HttpResponse<String> current = editor.get(GOALS + "/1/editable");
      assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
      HttpResponse<String> updated =
          editor.send("PUT", GOALS + "/1", goalJson(1, "Eerste doel", null), etag(current));
      assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    }
  }

  @Test
  void aGoalIsCreatedWithLocationAndEtagAndChangedWithIfMatch() throws Exception {
    HttpResponse<String> created = national.send("POST", GOALS, goalJson(3, "Derde doel", null));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/pacts/" + EDITION + "/goals/3"));
    assertThat(etag(created)).isEqualTo("\"v1\"");
    JsonObject goal = json(created);
    assertThat(goal.getString("pact")).isEqualTo(EDITION);
    assertThat(goal.getJsonObject("title").getString("en")).isEqualTo("Goal 3");

    String v1 = etag(created);
    HttpResponse<String> missing = national.send("PUT", GOALS + "/3", goalJson(3, "Zonder", null));
    HttpResponse<String> updated =
        national.send("PUT", GOALS + "/3", goalJson(3, "Derde doel, beter", null), v1);
    HttpResponse<String> stale =
        national.send("PUT", GOALS + "/3", goalJson(3, "Verouderd", null), v1);
    HttpResponse<String> xml =
        national.send("PUT", GOALS + "/3", goalJson(3, "X", null), etag(updated), "text/xml");

    assertThat(missing.statusCode()).isEqualTo(428);
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(etag(updated)).isEqualTo("\"v2\"");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(etag(stale)).isEqualTo("\"v2\"");
    assertThat(xml.statusCode()).isEqualTo(415);
    assertThat(json(national.get(GOALS + "/3/editable")).getJsonObject("title").getString("nl"))
        .isEqualTo("Derde doel, beter");
    assertThat(json(anonymous.get(PACT)).toString()).contains("Derde doel, beter");
  }

  @Test
  void aTakenGoalNumberAndOtherInvalidFieldsAreRefusedPerField() throws Exception {
    HttpResponse<String> duplicate = national.send("POST", GOALS, goalJson(1, "Dubbel", null));
    HttpResponse<String> invalid =
        national.send(
            "POST",
            GOALS,
            "{\"number\":0,\"title\":{\"nl\":\" \"},\"educationLevels\":[\"KLEUTER\"]}");
    HttpResponse<String> unknownTheme = national.send("POST", GOALS, goalJson(4, "T", 77));
    String tag = etag(national.get(GOALS + "/1/editable"));
    HttpResponse<String> renumbered =
        national.send("PUT", GOALS + "/1", goalJson(5, "Ander nummer", null), tag);

    assertThat(duplicate.statusCode()).as(duplicate.body()).isEqualTo(422);
    assertThat(fields(duplicate)).containsExactly("number");
    assertThat(json(duplicate).getJsonArray("errors").getJsonObject(0).getString("detail"))
        .contains("goal number 1 already exists");
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(fields(invalid)).contains("number", "title.nl");
    assertThat(unknownTheme.statusCode()).isEqualTo(422);
    assertThat(fields(unknownTheme)).containsExactly("theme");
    assertThat(renumbered.statusCode()).isEqualTo(422);
    assertThat(fields(renumbered)).containsExactly("number");
    assertThat(etag(national.get(GOALS + "/1/editable"))).isEqualTo(tag);
    assertThat(json(national.get(GOALS + "/1/editable")).getJsonObject("title").getString("nl"))
        .isEqualTo("Eerste doel");
    assertThat(national.get(GOALS + "/4/editable").statusCode()).isEqualTo(404);
  }

  private static List<String> fields(HttpResponse<String> problem) {
    return json(problem).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  @Test
  void aGoalThatCasesLinkToCannotBeRemoved() throws Exception {
    String path = PACTS + "/techniekpact/goals/4";
    String tag = etag(national.get(path + "/editable"));

    HttpResponse<String> refused = national.send("DELETE", path, null, tag);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(json(refused).getString("detail")).contains("goal techniekpact/4 cannot be removed");
    assertThat(json(refused).getJsonArray("usedBy").getString(0)).startsWith("case-study ");
    assertThat(etag(national.get(path + "/editable"))).isEqualTo(tag);
    assertThat(anonymous.get("api/v1/goals/4").statusCode()).isEqualTo(200);
  }

  @Test
  void aThemeIsRemovableOnceNoGoalIsGroupedUnderItAndAnEditionOnceItHasNoGoals() throws Exception {
    HttpResponse<String> theme =
        national.send("POST", THEMES, "{\"number\":1,\"title\":{\"nl\":\"Thema voor tests\"}}");
    assertThat(theme.statusCode()).as(theme.body()).isEqualTo(201);
    HttpResponse<String> grouped = national.send("POST", GOALS, goalJson(6, "Gegroepeerd", 1));
    assertThat(grouped.statusCode()).as(grouped.body()).isEqualTo(201);

    HttpResponse<String> themeRefused = national.send("DELETE", THEMES + "/1", null, etag(theme));
    HttpResponse<String> pactRefused =
        national.send("DELETE", PACT, null, etag(national.get(PACT + "/editable")));

    assertThat(themeRefused.statusCode()).isEqualTo(409);
    assertThat(json(themeRefused).getJsonArray("usedBy").getString(0))
        .isEqualTo("goal " + EDITION + "/6");
    assertThat(pactRefused.statusCode()).isEqualTo(409);
    assertThat(json(pactRefused).getJsonArray("usedBy").toString())
        .contains("goal " + EDITION + "/1")
        .contains("theme " + EDITION + "/1");

    HttpResponse<String> goalRemoved = national.send("DELETE", GOALS + "/6", null, etag(grouped));
    HttpResponse<String> themeRemoved = national.send("DELETE", THEMES + "/1", null, etag(theme));
    assertThat(goalRemoved.statusCode()).as(goalRemoved.body()).isEqualTo(204);
    assertThat(themeRemoved.statusCode()).as(themeRemoved.body()).isEqualTo(204);
    assertThat(json(national.get(GOALS + "/6/editable")).getString("deletedAt")).isNotBlank();
    assertThat(anonymous.get("api/v1/it-fixtures/content-changes").body())
        .contains("goal " + EDITION + "/6 DELETED []")
        .contains("theme " + EDITION + "/1 DELETED []");
  }

  @Test
  void aDeletedGoalLeavesTheEditionsPageKeepsItsNumberAndComesBackOnRestore() throws Exception {
    HttpResponse<String> made = national.send("POST", GOALS, goalJson(7, "Zevende doel", null));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    assertThat(anonymous.get(PACT).body()).contains("Zevende doel");

    HttpResponse<String> deleted = national.send("DELETE", GOALS + "/7", null, etag(made));
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
    HttpResponse<String> editable = national.get(GOALS + "/7/editable");
    HttpResponse<String> again = national.send("POST", GOALS, goalJson(7, "Nog eens", null));

    assertThat(anonymous.get(PACT).body()).doesNotContain("Zevende doel");
    assertThat(json(editable).getString("deletedAt")).isNotBlank();
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(json(again).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("number");
    assertThat(again.body()).contains("restore it instead");
    assertThat(national.get("api/v1/trash").body()).contains("Zevende doel");

    HttpResponse<String> restored =
        administrator.send("POST", GOALS + "/7/restore", null, etag(editable));
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    assertThat(anonymous.get(PACT).body()).contains("Zevende doel");
    assertThat(
            json(national.get("api/v1/audit?item=" + EDITION + "/7&type=goal"))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("action"))
        .containsExactly("restore", "delete", "create");
    assertThat(anonymous.get("api/v1/it-fixtures/content-changes").body())
        .contains("goal " + EDITION + "/7 DELETED []");
  }

  @Test
  void aGoalOfADeletedEditionWaitsForTheEditionsRestore() throws Exception {
    HttpResponse<String> edition =
        national.send("POST", PACTS, pactJson("Tweede").replace(EDITION, "pact-it-tweede"));
    assertThat(edition.statusCode()).as(edition.body()).isEqualTo(201);
    HttpResponse<String> goal = national.send("POST", SECOND + "/goals", goalJson(1, "Een", null));
    assertThat(goal.statusCode()).as(goal.body()).isEqualTo(201);
    national.send("DELETE", SECOND + "/goals/1", null, etag(goal));
    HttpResponse<String> pactDeleted =
        national.send("DELETE", SECOND, null, etag(national.get(SECOND + "/editable")));
    assertThat(pactDeleted.statusCode()).as(pactDeleted.body()).isEqualTo(204);
    assertThat(anonymous.get(SECOND).statusCode()).isEqualTo(404);
    assertThat(anonymous.get(PACTS).body()).doesNotContain("pact-it-tweede");

    String goalTag = etag(national.get(SECOND + "/goals/1/editable"));
    HttpResponse<String> early = national.send("POST", SECOND + "/goals/1/restore", null, goalTag);
    assertThat(early.statusCode()).as(early.body()).isEqualTo(422);
    assertThat(early.body()).contains("restore it first");

    HttpResponse<String> pactRestored =
        national.send("POST", SECOND + "/restore", null, etag(national.get(SECOND + "/editable")));
    HttpResponse<String> goalRestored =
        national.send("POST", SECOND + "/goals/1/restore", null, goalTag);
    assertThat(pactRestored.statusCode()).as(pactRestored.body()).isEqualTo(200);
    assertThat(goalRestored.statusCode()).as(goalRestored.body()).isEqualTo(200);
    assertThat(anonymous.get(SECOND).body()).contains("\"Een\"");
  }

  @Test
  void theIntroductionIsEditedWithRevisionsComparedAndRestored() throws Exception {
    String v1 = etag(national.get(PACT + "/editable"));
    HttpResponse<String> changed = national.send("PUT", PACT, pactJson("Nieuwe introductie"), v1);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    long version = json(changed).getJsonNumber("version").longValue();

    HttpResponse<String> revisions = national.get(PACT + "/revisions");
    // adding goals raises the edition's version too, so revision numbers may skip
    List<Long> numbers =
        Json.createReader(new StringReader(revisions.body()))
            .readArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(r -> r.getJsonNumber("number").longValue())
            .toList();
    assertThat(numbers.get(0)).isEqualTo(version);
    long before = numbers.get(1);
    HttpResponse<String> changes =
        national.get(PACT + "/revisions/" + version + "/changes?since=" + before);
    HttpResponse<String> restored =
        national.send("POST", PACT + "/revisions/" + before + "/restore", null, etag(changed));

    assertThat(revisions.body()).contains("\"operation\":\"update\"");
    assertThat(changes.body()).contains("content.description.nl").contains("Nieuwe introductie");
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    assertThat(json(restored).getJsonObject("description").getString("nl"))
        .isNotEqualTo("Nieuwe introductie");
    assertThat(
            json(national.get("api/v1/audit?item=" + EDITION + "&type=pact"))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("action"))
        .contains("restore-revision", "update", "create");
    assertThat(anonymous.get("api/v1/it-fixtures/content-changes").body())
        .contains("pact " + EDITION + " UPDATED []");
  }
}
