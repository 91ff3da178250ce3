package nl.techniekpact.cms.it.publishing;

import static nl.techniekpact.cms.it.publishing.EditorClient.caseJson;
import static nl.techniekpact.cms.it.publishing.EditorClient.etag;
import static nl.techniekpact.cms.it.publishing.EditorClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.cms.it.DeployedCms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Editing partner organisations over {@code /api/v1/organisations}: the authorisation matrix
 * (anonymous 401; plugin admins and regional editors 403 for every operation, also on an
 * organisation of their own region, with nothing changed; national editors and administrators
 * allowed), create with Location and ETag, If-Match (412, 428), 422 per field, 400, 415, soft
 * delete refused with 409 while a case that is not deleted names the organisation, the public reads
 * hiding a deleted one, the trash, restore, purge (administrators only), revisions, audit and
 * ContentChanged. Every organisation it makes is purged again; the seed's are only read.
 */
class OrganisationEditingIT extends DeployedCms {

  private static final String API = "api/v1/organisations";
  private static final String MATRIX = "org-it-matrix";
  private static final List<String> MADE = new ArrayList<>();

  private static EditorClient national;
  private static EditorClient administrator;
  private static EditorClient regional;
  private static EditorClient pluginAdmin;
  private static EditorClient anonymous;

  @BeforeAll
  static void signIn() throws Exception {
    national = EditorClient.as(PublishingITAccounts.NATIONAL);
    administrator = EditorClient.as(PublishingITAccounts.ADMINISTRATOR);
    regional = EditorClient.as(PublishingITAccounts.REGIONAL);
    pluginAdmin = EditorClient.as(PublishingITAccounts.PLUGIN_ADMIN);
    anonymous = EditorClient.anonymous();
    create(MATRIX, "Matrix BV", PublishingITAccounts.REGION);
  }

  @AfterAll
  static void removeWhatWasMade() throws Exception {
    for (String slug : MADE) {
      purge(API + "/" + slug);
    }
  }

  /** Deletes an item softly (when it is not yet) and purges it, as the administrator. */
  static void purge(String path) throws Exception {
    HttpResponse<String> current = administrator.get(path + "/editable");
    if (current.statusCode() != 200) {
      return;
    }
    if (!json(current).containsKey("deletedAt")) {
      current = administrator.send("DELETE", path, null, etag(current));
      current = administrator.get(path + "/editable");
    }
    administrator.send("DELETE", path + "?purge=true", null, etag(current));
  }

  static String organisationJson(String slug, String name, String region) {
    return "{\"slug\":\""
        + slug
        + "\",\"name\":\""
        + name
        + "\",\"kind\":\"BEDRIJFSLEVEN\","
        + (region == null ? "" : "\"region\":\"" + region + "\",")
        + "\"website\":\"https://www.example.org/"
        + slug
        + "\"}";
  }

  private static HttpResponse<String> create(String slug, String name, String region)
      throws Exception {
    MADE.add(slug);
    HttpResponse<String> created = national.send("POST", API, organisationJson(slug, name, region));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return created;
  }

  /** Every operation, each answered with {@code status} as problem+json; nothing changes. */
  private static void everyOperationIs(EditorClient caller, int status) throws Exception {
    HttpResponse<String> before = national.get(API + "/" + MATRIX + "/editable");
    String tag = etag(before);
    String path = API + "/" + MATRIX;
    List<String[]> operations =
        List.of(
            new String[] {"POST", API, organisationJson("org-it-refused", "X", null)},
            new String[] {"GET", path + "/editable", null},
            new String[] {"PUT", path, organisationJson(MATRIX, "Overgenomen", null)},
            new String[] {"DELETE", path, null},
            new String[] {"DELETE", path + "?purge=true", null},
            new String[] {"POST", path + "/restore", null},
            new String[] {"GET", "api/v1/trash", null},
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
    HttpResponse<String> after = national.get(path + "/editable");
    assertThat(etag(after)).as("nothing changed").isEqualTo(tag);
    assertThat(json(after).getString("name")).isEqualTo("Matrix BV");
    assertThat(national.get(API + "/org-it-refused/editable").statusCode()).isEqualTo(404);
  }

  @Test
  void anonymousCallersAreRefusedEveryWriteWith401() throws Exception {
    everyOperationIs(anonymous, 401);
  }

  @Test
  void pluginAdminsHaveNoRightsOnOrganisations() throws Exception {
    everyOperationIs(pluginAdmin, 403);
  }

  @Test
  void regionalEditorsCannotEditOrganisationsNotEvenOfTheirOwnRegion() throws Exception {
    everyOperationIs(regional, 403);
  }

  @Test
  void nationalEditorsAndAdministratorsEditOrganisations() throws Exception {
    for (EditorClient editor : List.of(national, administrator)) {
      HttpResponse<String> current = editor.get(API + "/" + MATRIX + "/editable");
      assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
      HttpResponse<String> updated =
          editor.send(
              "PUT",
              API + "/" + MATRIX,
              organisationJson(MATRIX, "Matrix BV", PublishingITAccounts.REGION),
              etag(current));
      assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    }
  }

  @Test
  void anOrganisationIsCreatedWithLocationAndEtagAndIsPublicAtOnce() throws Exception {
    HttpResponse<String> created = create("org-it-nieuw", "Nieuw Techniekbedrijf", null);

    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/organisations/org-it-nieuw"));
    assertThat(etag(created)).isEqualTo("\"v1\"");
    assertThat(json(created).getString("kind")).isEqualTo("BEDRIJFSLEVEN");
    HttpResponse<String> visible = anonymous.get(API + "/org-it-nieuw");
    assertThat(visible.statusCode()).isEqualTo(200);
    assertThat(json(visible).getString("name")).isEqualTo("Nieuw Techniekbedrijf");
  }

  @Test
  void changesNeedTheCurrentVersion() throws Exception {
    String v1 = etag(create("org-it-versie", "Versie", null));
    String path = API + "/org-it-versie";

    HttpResponse<String> missing =
        national.send("PUT", path, organisationJson("org-it-versie", "A", null));
    HttpResponse<String> updated =
        national.send("PUT", path, organisationJson("org-it-versie", "Versie twee", null), v1);
    HttpResponse<String> stale =
        national.send("PUT", path, organisationJson("org-it-versie", "Oud", null), v1);
    HttpResponse<String> staleDelete = national.send("DELETE", path, null, v1);

    assertThat(missing.statusCode()).isEqualTo(428);
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(etag(updated)).isEqualTo("\"v2\"");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(etag(stale)).isEqualTo("\"v2\"");
    assertThat(staleDelete.statusCode()).isEqualTo(412);
    assertThat(json(anonymous.get(path)).getString("name")).isEqualTo("Versie twee");
  }

  @Test
  void invalidInputIsRefusedPerFieldAndNothingIsWritten() throws Exception {
    HttpResponse<String> invalid =
        national.send(
            "POST",
            API,
            "{\"slug\":\"org-it-fout\",\"name\":\" \",\"kind\":\"VERENIGING\","
                + "\"region\":\"atlantis\",\"website\":\"ftp://example.org\"}");
    HttpResponse<String> taken =
        national.send("POST", API, organisationJson("friesland-college", "Dubbel", null));
    HttpResponse<String> malformed = national.send("POST", API, "{\"slug\":");
    HttpResponse<String> wrongType =
        national.send(
            "POST", API, organisationJson("org-it-xml", "X", null), null, "application/xml");

    assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(422);
    assertThat(invalid.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(json(invalid).getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("name", "kind");
    assertThat(taken.statusCode()).isEqualTo(422);
    assertThat(taken.body()).contains("slug");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(wrongType.statusCode()).isEqualTo(415);
    assertThat(anonymous.get(API + "/org-it-fout").statusCode()).isEqualTo(404);
    assertThat(anonymous.get(API + "/org-it-xml").statusCode()).isEqualTo(404);
    assertThat(json(anonymous.get(API + "/friesland-college")).getString("name"))
        .isNotEqualTo("Dubbel");

    String v1 = etag(create("org-it-veld", "Veld", null));
    HttpResponse<String> badUpdate =
        national.send(
            "PUT",
            API + "/org-it-veld",
            "{\"slug\":\"org-it-veld\",\"name\":\"Veld\",\"kind\":\"ONDERWIJS\","
                + "\"region\":\"atlantis\",\"website\":\"niet een adres\"}",
            v1);
    assertThat(badUpdate.statusCode()).as(badUpdate.body()).isEqualTo(422);
    assertThat(json(badUpdate).getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("region", "website");
    assertThat(etag(national.get(API + "/org-it-veld/editable"))).isEqualTo(v1);
  }

  @Test
  void anOrganisationACaseNamesCannotBeRemoved() throws Exception {
    String tag = etag(national.get(API + "/friesland-college/editable"));

    HttpResponse<String> refused = national.send("DELETE", API + "/friesland-college", null, tag);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    JsonObject problem = json(refused);
    assertThat(problem.getString("type")).endsWith("content-in-use");
    assertThat(problem.getString("detail")).contains("friesland-college cannot be removed");
    assertThat(problem.getJsonArray("usedBy").getString(0)).startsWith("case-study ");
    assertThat(etag(national.get(API + "/friesland-college/editable"))).isEqualTo(tag);
    assertThat(anonymous.get(API + "/friesland-college").statusCode()).isEqualTo(200);
  }

  @Test
  void anOrganisationIsDeletedSoftlyOnceNoVisibleCaseNamesItAndRestored() throws Exception {
    String v1 = etag(create("org-it-partner", "Partner", null));
    String path = API + "/org-it-partner";
    String caseSlug = "org-it-case";
    HttpResponse<String> caseMade =
        national.send(
            "POST",
            "api/v1/cases",
            caseJson(caseSlug, "Met partner", null).replace("friesland-college", "org-it-partner"));
    assertThat(caseMade.statusCode()).as(caseMade.body()).isEqualTo(201);
    try {
      HttpResponse<String> refused = national.send("DELETE", path, null, v1);
      assertThat(refused.statusCode()).isEqualTo(409);
      assertThat(json(refused).getJsonArray("usedBy").getString(0))
          .isEqualTo("case-study " + caseSlug);
      assertThat(etag(national.get(path + "/editable"))).isEqualTo(v1);

      // a deleted case does not hold the organisation back
      HttpResponse<String> caseDeleted =
          national.send("DELETE", "api/v1/cases/" + caseSlug, null, etag(caseMade));
      assertThat(caseDeleted.statusCode()).as(caseDeleted.body()).isEqualTo(200);
      HttpResponse<String> deleted = national.send("DELETE", path, null, v1);

      assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
      assertThat(anonymous.get(path).statusCode()).isEqualTo(404);
      assertThat(anonymous.get(API).body()).doesNotContain("org-it-partner");
      HttpResponse<String> editable = national.get(path + "/editable");
      assertThat(etag(editable)).isEqualTo("\"v2\"");
      assertThat(json(editable).getString("deletedAt")).isNotBlank();
      assertThat(national.get("api/v1/trash").body()).contains("\"slug\":\"org-it-partner\"");
      HttpResponse<String> again =
          national.send("POST", API, organisationJson("org-it-partner", "Opnieuw", null));
      assertThat(again.statusCode()).isEqualTo(422);
      assertThat(again.body()).contains("restore it instead");

      HttpResponse<String> restoreWithout = national.send("POST", path + "/restore", null, null);
      HttpResponse<String> restoreStale = national.send("POST", path + "/restore", null, v1);
      HttpResponse<String> restored =
          administrator.send("POST", path + "/restore", null, etag(editable));

      assertThat(restoreWithout.statusCode()).isEqualTo(428);
      assertThat(restoreStale.statusCode()).isEqualTo(412);
      assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
      assertThat(etag(restored)).isEqualTo("\"v3\"");
      assertThat(json(restored).containsKey("deletedAt")).isFalse();
      assertThat(json(anonymous.get(path)).getString("name")).isEqualTo("Partner");
      assertThat(anonymous.get(API).body()).contains("org-it-partner");
      assertThat(national.get("api/v1/trash").body()).doesNotContain("org-it-partner");
      assertThat(national.get(path + "/revisions").body())
          .contains("\"operation\":\"delete\"")
          .contains("\"operation\":\"restore\"");
      assertThat(
              json(national.get("api/v1/audit?item=org-it-partner&type=organisation"))
                  .getJsonArray("items")
                  .getValuesAs(JsonObject.class))
          .extracting(e -> e.getString("action"))
          .containsExactly("restore", "delete", "create");
      assertThat(anonymous.get("api/v1/it-fixtures/content-changes").body())
          .contains("organisation org-it-partner DELETED []")
          .contains("organisation org-it-partner UPDATED []");
    } finally {
      HttpResponse<String> current = national.get("api/v1/cases/" + caseSlug + "/editable");
      if (!json(current).containsKey("deletedAt")) {
        national.send("DELETE", "api/v1/cases/" + caseSlug, null, etag(current));
      }
    }
  }

  @Test
  void onlyAdministratorsPurgeAndOnlyWhatIsDeleted() throws Exception {
    String v1 = etag(create("org-it-purge", "Weg", null));
    String path = API + "/org-it-purge";

    HttpResponse<String> notDeleted = administrator.send("DELETE", path + "?purge=true", null, v1);
    assertThat(notDeleted.statusCode()).as(notDeleted.body()).isEqualTo(422);
    assertThat(national.send("DELETE", path, null, v1).statusCode()).isEqualTo(204);
    String v2 = etag(national.get(path + "/editable"));
    HttpResponse<String> byNational = national.send("DELETE", path + "?purge=true", null, v2);
    HttpResponse<String> purged = administrator.send("DELETE", path + "?purge=true", null, v2);

    assertThat(byNational.statusCode()).as(byNational.body()).isEqualTo(403);
    assertThat(purged.statusCode()).as(purged.body()).isEqualTo(204);
    assertThat(national.get(path + "/editable").statusCode()).isEqualTo(404);
    assertThat(
            json(national.get("api/v1/audit?item=org-it-purge&type=organisation"))
                .getJsonArray("items")
                .getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("action"))
        .containsExactly("delete", "delete", "create");
    // the slug is free again
    HttpResponse<String> remade = create("org-it-purge", "Terug", null);
    assertThat(etag(remade)).isEqualTo("\"v1\"");
  }

  @Test
  void revisionsAreListedComparedAndRestored() throws Exception {
    String v1 = etag(create("org-it-revisies", "Eerste naam", PublishingITAccounts.REGION));
    String path = API + "/org-it-revisies";
    String v2 =
        etag(
            national.send(
                "PUT", path, organisationJson("org-it-revisies", "Tweede naam", null), v1));

    HttpResponse<String> revisions = national.get(path + "/revisions");
    HttpResponse<String> first = national.get(path + "/revisions/1");
    HttpResponse<String> changes = national.get(path + "/revisions/2/changes?since=1");
    HttpResponse<String> restored = national.send("POST", path + "/revisions/1/restore", null, v2);

    assertThat(revisions.statusCode()).isEqualTo(200);
    assertThat(revisions.body())
        .contains("\"operation\":\"create\"")
        .contains("\"operation\":\"update\"");
    assertThat(json(first).getString("name")).isEqualTo("Eerste naam");
    assertThat(changes.body()).contains("content.name").contains("content.region");
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    assertThat(etag(restored)).isEqualTo("\"v3\"");
    assertThat(json(restored).getString("name")).isEqualTo("Eerste naam");
    assertThat(json(restored).getString("region")).isEqualTo(PublishingITAccounts.REGION);
    assertThat(anonymous.get("api/v1/it-fixtures/content-changes").body())
        .contains("organisation org-it-revisies CREATED [noord-nederland]")
        .contains("organisation org-it-revisies UPDATED [noord-nederland]");
  }
}
