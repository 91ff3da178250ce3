package nl.techniekpact.cms.it.publishing;

import static nl.techniekpact.cms.it.publishing.EditorClient.caseJson;
import static nl.techniekpact.cms.it.publishing.EditorClient.etag;
import static nl.techniekpact.cms.it.publishing.EditorClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import nl.techniekpact.cms.it.DeployedCms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix of case editing over REST: every role against every operation. Anonymous
 * callers get 401, plugin admins 403; a regional editor edits the cases of their own region only —
 * another region's case, a national case, moving a case out of their region or creating one
 * elsewhere is 403 with nothing changed; national editors and administrators edit every case.
 * Fixture cases are drafts, deleted again at the end.
 */
class CaseAuthorisationIT extends DeployedCms {

  private static final String OWN = "pub-it-matrix-noord";
  private static final String OTHER = "pub-it-matrix-zuid";
  private static final String NATIONAL_CASE = "pub-it-matrix-nationaal";
  private static final String CREATED_BY_REGIONAL = "pub-it-matrix-door-regio";

  private static EditorClient national;
  private static EditorClient regional;
  private static EditorClient administrator;
  private static EditorClient pluginAdmin;
  private static EditorClient anonymous;

  @BeforeAll
  static void createFixtureCases() throws Exception {
    national = EditorClient.as(PublishingITAccounts.NATIONAL);
    regional = EditorClient.as(PublishingITAccounts.REGIONAL);
    administrator = EditorClient.as(PublishingITAccounts.ADMINISTRATOR);
    pluginAdmin = EditorClient.as(PublishingITAccounts.PLUGIN_ADMIN);
    anonymous = EditorClient.anonymous();
    for (String[] fixture :
        new String[][] {
          {OWN, PublishingITAccounts.REGION},
          {OTHER, PublishingITAccounts.OTHER_REGION},
          {NATIONAL_CASE, null}
        }) {
      HttpResponse<String> created =
          national.send("POST", "api/v1/cases", caseJson(fixture[0], "Matrix", fixture[1]));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
  }

  @AfterAll
  static void deleteFixtureCases() throws Exception {
    for (String slug : List.of(OWN, OTHER, NATIONAL_CASE, CREATED_BY_REGIONAL)) {
      HttpResponse<String> current = national.get("api/v1/cases/" + slug + "/editable");
      if (current.statusCode() == 200 && !json(current).containsKey("deletedAt")) {
        national.send("DELETE", "api/v1/cases/" + slug, null, etag(current));
      }
    }
  }

  /** Every operation on a case, each answered with the status expected; nothing changes. */
  private static void everyOperationIs(EditorClient caller, String slug, String region, int status)
      throws Exception {
    HttpResponse<String> before = national.get("api/v1/cases/" + slug + "/editable");
    String tag = etag(before);
    String path = "api/v1/cases/" + slug;
    List<String[]> operations =
        List.of(
            new String[] {"GET", path + "/editable", null},
            new String[] {"PUT", path, caseJson(slug, "Overgenomen", region)},
            new String[] {"PUT", path + "/publication", "{\"status\":\"PUBLISHED\"}"},
            new String[] {"DELETE", path, null},
            new String[] {"POST", path + "/restore", null},
            new String[] {"GET", path + "/revisions", null},
            new String[] {"GET", path + "/revisions/1", null},
            new String[] {"GET", path + "/revisions/1/changes?since=1", null},
            new String[] {"POST", path + "/revisions/1/restore", null});
    for (String[] op : operations) {
      HttpResponse<String> answer = caller.send(op[0], op[1], op[2], tag);
      assertThat(answer.statusCode())
          .as(op[0] + " " + op[1] + ": " + answer.body())
          .isEqualTo(status);
      assertThat(answer.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
    HttpResponse<String> after = national.get("api/v1/cases/" + slug + "/editable");
    assertThat(etag(after)).as("nothing changed").isEqualTo(tag);
    assertThat(json(after).getJsonObject("title").getString("nl")).isEqualTo("Matrix");
  }

  @Test
  void anonymousCallersAreRefusedEveryOperationWith401() throws Exception {
    everyOperationIs(anonymous, OWN, PublishingITAccounts.REGION, 401);
    HttpResponse<String> create =
        anonymous.send("POST", "api/v1/cases", caseJson("pub-it-anoniem", "X", null));
    assertThat(create.statusCode()).isEqualTo(401);
    assertThat(create.headers().firstValue("WWW-Authenticate")).isPresent();
  }

  @Test
  void pluginAdminsHaveNoContentRights() throws Exception {
    everyOperationIs(pluginAdmin, OWN, PublishingITAccounts.REGION, 403);
    assertThat(
            pluginAdmin
                .send("POST", "api/v1/cases", caseJson("pub-it-plugin", "X", null))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void aRegionalEditorCannotReachAnotherRegionsCase() throws Exception {
    everyOperationIs(regional, OTHER, PublishingITAccounts.OTHER_REGION, 403);
  }

  @Test
  void aRegionalEditorCannotReachANationalCase() throws Exception {
    everyOperationIs(regional, NATIONAL_CASE, null, 403);
  }

  @Test
  void aRegionalEditorCannotMoveTheirCaseAwayNorCreateOneElsewhere() throws Exception {
    String tag = etag(national.get("api/v1/cases/" + OWN + "/editable"));

    HttpResponse<String> moved =
        regional.send(
            "PUT",
            "api/v1/cases/" + OWN,
            caseJson(OWN, "Verhuisd", PublishingITAccounts.OTHER_REGION),
            tag);
    HttpResponse<String> elsewhere =
        regional.send(
            "POST",
            "api/v1/cases",
            caseJson("pub-it-elders", "X", PublishingITAccounts.OTHER_REGION));
    HttpResponse<String> nationally =
        regional.send("POST", "api/v1/cases", caseJson("pub-it-landelijk", "X", null));

    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(403);
    assertThat(elsewhere.statusCode()).isEqualTo(403);
    assertThat(nationally.statusCode()).isEqualTo(403);
    assertThat(etag(national.get("api/v1/cases/" + OWN + "/editable"))).isEqualTo(tag);
    assertThat(national.get("api/v1/cases/pub-it-elders/editable").statusCode()).isEqualTo(404);
    assertThat(national.get("api/v1/cases/pub-it-landelijk/editable").statusCode()).isEqualTo(404);
  }

  @Test
  void aRegionalEditorEditsTheCasesOfTheirRegion() throws Exception {
    HttpResponse<String> created =
        regional.send(
            "POST",
            "api/v1/cases",
            caseJson(CREATED_BY_REGIONAL, "Eigen", PublishingITAccounts.REGION));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String path = "api/v1/cases/" + CREATED_BY_REGIONAL;

    HttpResponse<String> updated =
        regional.send(
            "PUT",
            path,
            caseJson(CREATED_BY_REGIONAL, "Eigen, beter", PublishingITAccounts.REGION),
            etag(created));
    HttpResponse<String> published =
        regional.send("PUT", path + "/publication", "{\"status\":\"DRAFT\"}", etag(updated));
    HttpResponse<String> deleted = regional.send("DELETE", path, null, etag(published));
    HttpResponse<String> restored = regional.send("POST", path + "/restore", null, etag(deleted));

    for (HttpResponse<String> ok : List.of(updated, published, deleted, restored)) {
      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    }
    assertThat(regional.get(path + "/revisions").statusCode()).isEqualTo(200);
    assertThat(regional.get(path + "/editable").statusCode()).isEqualTo(200);
  }

  @Test
  void nationalEditorsAndAdministratorsEditEveryRegion() throws Exception {
    for (EditorClient editor : List.of(national, administrator)) {
      String tag = etag(editor.get("api/v1/cases/" + OTHER + "/editable"));
      HttpResponse<String> updated =
          editor.send(
              "PUT",
              "api/v1/cases/" + OTHER,
              caseJson(OTHER, "Matrix", PublishingITAccounts.OTHER_REGION),
              tag);
      assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
      assertThat(editor.get("api/v1/cases/" + NATIONAL_CASE + "/editable").statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void onlyAdministratorsAndNationalEditorsReadTheAuditLog() throws Exception {
    assertThat(administrator.get("api/v1/audit").statusCode()).isEqualTo(200);
    assertThat(national.get("api/v1/audit").statusCode()).isEqualTo(200);
    assertThat(regional.get("api/v1/audit").statusCode()).isEqualTo(403);
    assertThat(pluginAdmin.get("api/v1/audit").statusCode()).isEqualTo(403);
    assertThat(anonymous.get("api/v1/audit").statusCode()).isEqualTo(401);
  }
}
