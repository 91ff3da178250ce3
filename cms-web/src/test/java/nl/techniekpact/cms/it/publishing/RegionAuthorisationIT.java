package nl.techniekpact.cms.it.publishing;

import static nl.techniekpact.cms.it.publishing.EditorClient.etag;
import static nl.techniekpact.cms.it.publishing.EditorClient.json;
import static nl.techniekpact.cms.it.publishing.EditorClient.regionJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import nl.techniekpact.cms.it.DeployedCms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix of region editing over REST: every role against every operation.
 * Anonymous callers get 401, plugin admins 403; a regional editor edits their own region (texts,
 * publication, revisions) but not another region, and creates, deletes and restores no region at
 * all; national editors and administrators do everything. Refused operations change nothing. The
 * fixture regions are the tests' own drafts, deleted again at the end.
 */
class RegionAuthorisationIT extends DeployedCms {

  private static final String OWN = RegionITAccounts.OWN;
  private static final String OTHER = RegionITAccounts.OTHER;
  private static final String CREATED = "reg-it-matrix-nieuw";
  private static final String REFUSED = "reg-it-matrix-geweigerd";
  private static final String CREATED_BY_ADMINISTRATOR = "reg-it-matrix-admin";

  private static EditorClient national;
  private static EditorClient regional;
  private static EditorClient seedRegional;
  private static EditorClient administrator;
  private static EditorClient pluginAdmin;
  private static EditorClient anonymous;

  @BeforeAll
  static void createFixtureRegions() throws Exception {
    national = EditorClient.as(PublishingITAccounts.NATIONAL);
    regional = EditorClient.as(RegionITAccounts.REGIONAL);
    seedRegional = EditorClient.as(PublishingITAccounts.REGIONAL);
    administrator = EditorClient.as(PublishingITAccounts.ADMINISTRATOR);
    pluginAdmin = EditorClient.as(PublishingITAccounts.PLUGIN_ADMIN);
    anonymous = EditorClient.anonymous();
    for (String slug : List.of(OWN, OTHER)) {
      HttpResponse<String> created =
          national.send("POST", "api/v1/regions", regionJson(slug, "Matrix"));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
  }

  @AfterAll
  static void deleteFixtureRegions() throws Exception {
    for (String slug : List.of(OWN, OTHER, CREATED)) {
      HttpResponse<String> current = national.get("api/v1/regions/" + slug + "/editable");
      if (current.statusCode() == 200 && !json(current).containsKey("deletedAt")) {
        national.send("DELETE", "api/v1/regions/" + slug, null, etag(current));
      }
    }
  }

  private static List<String[]> operations(String slug) {
    String path = "api/v1/regions/" + slug;
    return List.of(
        new String[] {"GET", path + "/editable", null},
        new String[] {"PUT", path, regionJson(slug, "Overgenomen")},
        new String[] {"PUT", path + "/publication", "{\"status\":\"PUBLISHED\"}"},
        new String[] {"DELETE", path, null},
        new String[] {"POST", path + "/restore", null},
        new String[] {"GET", path + "/revisions", null},
        new String[] {"GET", path + "/revisions/1", null},
        new String[] {"GET", path + "/revisions/1/changes?since=1", null},
        new String[] {"POST", path + "/revisions/1/restore", null},
        new String[] {"POST", "api/v1/regions", regionJson(REFUSED, "Nieuw")});
  }

  /** Every operation on a region, each answered with the status expected; nothing changes. */
  private static void everyOperationIs(EditorClient caller, String slug, int status)
      throws Exception {
    HttpResponse<String> before = national.get("api/v1/regions/" + slug + "/editable");
    String tag = etag(before);
    for (String[] op : operations(slug)) {
      HttpResponse<String> answer = caller.send(op[0], op[1], op[2], tag);
      assertThat(answer.statusCode())
          .as(op[0] + " " + op[1] + ": " + answer.body())
          .isEqualTo(status);
      assertThat(answer.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
    HttpResponse<String> after = national.get("api/v1/regions/" + slug + "/editable");
    assertThat(etag(after)).as("nothing changed").isEqualTo(tag);
    assertThat(json(after).getString("name")).isEqualTo("Matrix");
    assertThat(national.get("api/v1/regions/" + REFUSED + "/editable").statusCode())
        .as("nothing created")
        .isEqualTo(404);
  }

  @Test
  void anonymousCallersAreRefusedEveryOperationWith401() throws Exception {
    everyOperationIs(anonymous, OWN, 401);
  }

  @Test
  void pluginAdminsHaveNoContentRights() throws Exception {
    everyOperationIs(pluginAdmin, OWN, 403);
  }

  @Test
  void aRegionalEditorCannotReachAnotherRegion() throws Exception {
    everyOperationIs(regional, OTHER, 403);
    everyOperationIs(seedRegional, OWN, 403);
  }

  @Test
  void aRegionalEditorEditsTheirOwnRegionButNeitherCreatesNorDeletesRegions() throws Exception {
    String path = "api/v1/regions/" + OWN;
    HttpResponse<String> read = regional.get(path + "/editable");
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);

    HttpResponse<String> updated =
        regional.send("PUT", path, regionJson(OWN, "Matrix"), etag(read));
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    HttpResponse<String> published =
        regional.send("PUT", path + "/publication", "{\"status\":\"DRAFT\"}", etag(updated));
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(regional.get(path + "/revisions").statusCode()).isEqualTo(200);
    assertThat(regional.get(path + "/revisions/1/changes?since=1").statusCode()).isEqualTo(200);
    HttpResponse<String> restored =
        regional.send("POST", path + "/revisions/1/restore", null, etag(published));
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);

    String tag = etag(restored);
    HttpResponse<String> deleted = regional.send("DELETE", path, null, tag);
    HttpResponse<String> created =
        regional.send("POST", "api/v1/regions", regionJson(REFUSED, "Nieuw"));
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(403);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(403);
    assertThat(etag(national.get(path + "/editable"))).isEqualTo(tag);
    assertThat(national.get("api/v1/regions/" + REFUSED + "/editable").statusCode()).isEqualTo(404);

    HttpResponse<String> deletedByNational = national.send("DELETE", path, null, tag);
    assertThat(deletedByNational.statusCode()).isEqualTo(200);
    HttpResponse<String> restoreByRegional =
        regional.send("POST", path + "/restore", null, etag(deletedByNational));
    assertThat(restoreByRegional.statusCode()).isEqualTo(403);
    assertThat(national.send("POST", path + "/restore", null, etag(deletedByNational)).statusCode())
        .isEqualTo(200);
  }

  @Test
  void nationalEditorsAndAdministratorsDoEverything() throws Exception {
    for (EditorClient editor : List.of(national, administrator)) {
      String slug = editor == national ? CREATED : CREATED_BY_ADMINISTRATOR;
      String path = "api/v1/regions/" + slug;
      HttpResponse<String> created =
          editor.send("POST", "api/v1/regions", regionJson(slug, "Nieuw"));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      assertThat(created.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/regions/" + slug));
      HttpResponse<String> updated =
          editor.send("PUT", path, regionJson(slug, "Nieuw, beter"), etag(created));
      HttpResponse<String> published =
          editor.send("PUT", path + "/publication", "{\"status\":\"PUBLISHED\"}", etag(updated));
      HttpResponse<String> unpublished =
          editor.send("PUT", path + "/publication", "{\"status\":\"DRAFT\"}", etag(published));
      HttpResponse<String> deleted = editor.send("DELETE", path, null, etag(unpublished));
      HttpResponse<String> restored = editor.send("POST", path + "/restore", null, etag(deleted));
      for (HttpResponse<String> ok : List.of(updated, published, unpublished, deleted, restored)) {
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
      }
      assertThat(editor.get("api/v1/regions/" + OTHER + "/editable").statusCode()).isEqualTo(200);
      assertThat(editor.send("DELETE", path, null, etag(restored)).statusCode()).isEqualTo(200);
    }
  }
}
