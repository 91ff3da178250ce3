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
 * Editing cases over {@code /api/v1/cases} as a national editor: create, change, publish, delete
 * and restore with ETags and If-Match (412, 428), invalid input (422 per field, 400, 415), rich
 * text sanitized, revisions listed, compared and restored, the audit log, and a ContentChanged for
 * every write. Every case it makes is deleted again, so public lists are as before.
 */
class CaseEditingIT extends DeployedCms {

  private static final List<String> MADE = new ArrayList<>();

  private static EditorClient editor;
  private static EditorClient anonymous;

  @BeforeAll
  static void signIn() throws Exception {
    editor = EditorClient.as(PublishingITAccounts.NATIONAL);
    anonymous = EditorClient.anonymous();
  }

  @AfterAll
  static void deleteWhatWasMade() throws Exception {
    for (String slug : MADE) {
      HttpResponse<String> current = editor.get("api/v1/cases/" + slug + "/editable");
      if (current.statusCode() == 200 && !json(current).containsKey("deletedAt")) {
        editor.send("DELETE", "api/v1/cases/" + slug, null, etag(current));
      }
    }
  }

  private static HttpResponse<String> create(String slug, String region) throws Exception {
    MADE.add(slug);
    HttpResponse<String> created =
        editor.send("POST", "api/v1/cases", caseJson(slug, "Titel " + slug, region));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return created;
  }

  @Test
  void aCaseIsCreatedAsADraftWithLocationAndEtag() throws Exception {
    HttpResponse<String> created = create("pub-it-nieuw", PublishingITAccounts.REGION);

    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/cases/pub-it-nieuw"));
    assertThat(etag(created)).isEqualTo("\"v1\"");
    JsonObject body = json(created);
    assertThat(body.getString("status")).isEqualTo("DRAFT");
    assertThat(body.getString("region")).isEqualTo("noord-nederland");
    assertThat(body.getJsonArray("partners").getString(0)).isEqualTo("friesland-college");
    assertThat(anonymous.get("api/v1/cases/pub-it-nieuw").statusCode()).isEqualTo(404);
  }

  @Test
  void aCaseCreatedWithoutASlugGetsOneFromItsTitleMadeFreeWithANumber() throws Exception {
    String title = "Één Café-dag in Zuid " + System.nanoTime();
    String expected = "een-cafe-dag-in-zuid-" + title.substring(title.lastIndexOf(' ') + 1);
    String withoutSlug = caseJson("", title, null).replace("\"slug\":\"\",", "");
    MADE.add(expected);
    MADE.add(expected + "-2");

    HttpResponse<String> first = editor.send("POST", "api/v1/cases", withoutSlug);
    HttpResponse<String> second = editor.send("POST", "api/v1/cases", caseJson("", title, null));

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(first.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/cases/" + expected));
    assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
    assertThat(second.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/cases/" + expected + "-2"));
    assertThat(editor.get("api/v1/cases/" + expected + "-2/editable").statusCode()).isEqualTo(200);

    HttpResponse<String> noTitle =
        editor.send("POST", "api/v1/cases", caseJson("", "!!!", null).replace("!!!", ""));
    assertThat(noTitle.statusCode()).isEqualTo(422);
    assertThat(noTitle.body()).contains("\"field\":\"slug\"");
  }

  @Test
  void publishingShowsTheCaseAndItsPublicEtagIsItsVersion() throws Exception {
    String v1 = etag(create("pub-it-publiceren", null));

    HttpResponse<String> published =
        editor.send(
            "PUT", "api/v1/cases/pub-it-publiceren/publication", "{\"status\":\"PUBLISHED\"}", v1);

    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(etag(published)).isEqualTo("\"v2\"");
    HttpResponse<String> visible = anonymous.get("api/v1/cases/pub-it-publiceren");
    assertThat(visible.statusCode()).isEqualTo(200);
    assertThat(etag(visible)).isEqualTo("\"v2\"");

    HttpResponse<String> draft =
        editor.send(
            "PUT",
            "api/v1/cases/pub-it-publiceren/publication",
            "{\"status\":\"DRAFT\"}",
            etag(published));
    assertThat(draft.statusCode()).isEqualTo(200);
    assertThat(anonymous.get("api/v1/cases/pub-it-publiceren").statusCode()).isEqualTo(404);
  }

  @Test
  void aStaleVersionIs412WithTheCurrentEtagAndChangesNothing() throws Exception {
    String v1 = etag(create("pub-it-conflict", null));
    HttpResponse<String> first =
        editor.send(
            "PUT", "api/v1/cases/pub-it-conflict", caseJson("pub-it-conflict", "Eerste", null), v1);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

    HttpResponse<String> second =
        editor.send(
            "PUT", "api/v1/cases/pub-it-conflict", caseJson("pub-it-conflict", "Tweede", null), v1);

    assertThat(second.statusCode()).isEqualTo(412);
    assertThat(second.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(etag(second)).isEqualTo("\"v2\"");
    JsonObject current = json(editor.get("api/v1/cases/pub-it-conflict/editable"));
    assertThat(current.getJsonObject("title").getString("nl")).isEqualTo("Eerste");
    assertThat(current.getInt("version")).isEqualTo(2);
  }

  @Test
  void aChangeWithoutIfMatchIs428() throws Exception {
    create("pub-it-zonder-versie", null);

    HttpResponse<String> put =
        editor.send(
            "PUT",
            "api/v1/cases/pub-it-zonder-versie",
            caseJson("pub-it-zonder-versie", "X", null));
    HttpResponse<String> delete = editor.send("DELETE", "api/v1/cases/pub-it-zonder-versie", null);
    HttpResponse<String> star =
        editor.send("DELETE", "api/v1/cases/pub-it-zonder-versie", null, "*");

    for (HttpResponse<String> refused : List.of(put, delete, star)) {
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(428);
      assertThat(json(refused).getInt("status")).isEqualTo(428);
    }
    assertThat(json(editor.get("api/v1/cases/pub-it-zonder-versie/editable")).getInt("version"))
        .isEqualTo(1);
  }

  @Test
  void invalidFieldsAre422EachListedAndNothingIsWritten() throws Exception {
    String v1 = etag(create("pub-it-ongeldig", null));
    String invalid =
        "{\"slug\":\"pub-it-ongeldig\",\"title\":{\"nl\":\"\"},\"summary\":{\"nl\":\"S\"},"
            + "\"region\":\"atlantis\",\"goals\":[999],\"educationLevels\":[\"UNI\"],"
            + "\"photo\":{\"location\":\"javascript:alert(1)\",\"altText\":\"\"}}";

    HttpResponse<String> refused = editor.send("PUT", "api/v1/cases/pub-it-ongeldig", invalid, v1);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    JsonObject problem = json(refused);
    assertThat(problem.getString("type")).isEqualTo("urn:techniekpact:problem:invalid-content");
    assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("title.nl", "photo.location", "photo.altText");
    HttpResponse<String> references =
        editor.send(
            "PUT",
            "api/v1/cases/pub-it-ongeldig",
            invalid
                .replace("{\"nl\":\"\"}", "{\"nl\":\"Goed\"}")
                .replace(
                    "\"photo\":{\"location\":\"javascript:alert(1)\",\"altText\":\"\"}",
                    "\"photo\":null"),
            v1);
    assertThat(references.statusCode()).as(references.body()).isEqualTo(422);
    assertThat(json(references).getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("region", "goals", "educationLevels");
    JsonObject unchanged = json(editor.get("api/v1/cases/pub-it-ongeldig/editable"));
    assertThat(unchanged.getInt("version")).isEqualTo(1);
    assertThat(unchanged.getJsonObject("title").getString("nl")).isEqualTo("Titel pub-it-ongeldig");
  }

  @Test
  void aTakenSlugIs422() throws Exception {
    create("pub-it-dubbel", null);

    HttpResponse<String> again =
        editor.send("POST", "api/v1/cases", caseJson("pub-it-dubbel", "Nog een", null));

    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(again.body()).contains("\"field\":\"slug\"");
  }

  @Test
  void malformedJsonIs400AndAnotherMediaTypeIs415() throws Exception {
    HttpResponse<String> malformed = editor.send("POST", "api/v1/cases", "{\"slug\":");
    HttpResponse<String> text =
        editor.send("POST", "api/v1/cases", "slug=x", null, "application/x-www-form-urlencoded");

    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(text.statusCode()).isEqualTo(415);
    assertThat(json(text).getInt("status")).isEqualTo(415);
  }

  @Test
  void scriptsInTheBodyNeverSurviveButFormattingDoes() throws Exception {
    MADE.add("pub-it-script");
    String hostile =
        caseJson("pub-it-script", "Script", null)
            .replace(
                "<p>Verhaal</p>",
                "<p onclick=\\\"alert(1)\\\">Veilig <strong>vet</strong></p>"
                    + "<script>alert(2)</script><a href=\\\"javascript:alert(3)\\\">x</a>");

    HttpResponse<String> created = editor.send("POST", "api/v1/cases", hostile);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String body = json(created).getJsonObject("body").getString("nl");
    assertThat(body).contains("Veilig", "<strong>vet</strong>");
    assertThat(body.toLowerCase()).doesNotContain("script", "onclick", "javascript:");
  }

  @Test
  void deleteIsSoftAndRestoreBringsTheCaseBack() throws Exception {
    String v1 = etag(create("pub-it-verwijderen", null));
    String v2 =
        etag(
            editor.send(
                "PUT",
                "api/v1/cases/pub-it-verwijderen/publication",
                "{\"status\":\"PUBLISHED\"}",
                v1));

    HttpResponse<String> deleted =
        editor.send("DELETE", "api/v1/cases/pub-it-verwijderen", null, v2);

    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
    assertThat(json(deleted).getString("deletedAt")).isNotBlank();
    assertThat(anonymous.get("api/v1/cases/pub-it-verwijderen").statusCode()).isEqualTo(404);
    assertThat(anonymous.get("api/v1/cases?size=100").body()).doesNotContain("pub-it-verwijderen");
    HttpResponse<String> restored =
        editor.send("POST", "api/v1/cases/pub-it-verwijderen/restore", null, etag(deleted));
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    assertThat(json(restored).containsKey("deletedAt")).isFalse();
    assertThat(anonymous.get("api/v1/cases/pub-it-verwijderen").statusCode()).isEqualTo(200);
  }

  @Test
  void everySaveIsARevisionThatCanBeComparedAndRestored() throws Exception {
    String v1 = etag(create("pub-it-revisies", null));
    String v2 =
        etag(
            editor.send(
                "PUT",
                "api/v1/cases/pub-it-revisies",
                caseJson("pub-it-revisies", "Nieuwe titel", null),
                v1));

    HttpResponse<String> list = editor.get("api/v1/cases/pub-it-revisies/revisions");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(
            jakarta.json.Json.createReader(new java.io.StringReader(list.body()))
                .readArray()
                .getValuesAs(JsonObject.class))
        .extracting(
            r -> r.getInt("number") + " " + r.getString("operation") + " " + r.getString("author"))
        .containsExactly("2 update pub-it-national", "1 create pub-it-national");
    HttpResponse<String> first = editor.get("api/v1/cases/pub-it-revisies/revisions/1");
    assertThat(json(first).getJsonObject("title").getString("nl"))
        .isEqualTo("Titel pub-it-revisies");
    HttpResponse<String> changes =
        editor.get("api/v1/cases/pub-it-revisies/revisions/2/changes?since=1");
    assertThat(changes.body())
        .contains("\"field\":\"content.title.nl\"")
        .contains("Nieuwe titel")
        .doesNotContain("content.slug");

    HttpResponse<String> restored =
        editor.send("POST", "api/v1/cases/pub-it-revisies/revisions/1/restore", null, v2);

    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    assertThat(etag(restored)).isEqualTo("\"v3\"");
    assertThat(json(restored).getJsonObject("title").getString("nl"))
        .isEqualTo("Titel pub-it-revisies");
    assertThat(editor.get("api/v1/cases/pub-it-revisies/revisions").body())
        .contains("\"operation\":\"restore-revision\"");
  }

  @Test
  void everyOperationIsInTheAuditLogAndFiresContentChanged() throws Exception {
    String v1 = etag(create("pub-it-audit", PublishingITAccounts.REGION));
    editor.send("PUT", "api/v1/cases/pub-it-audit/publication", "{\"status\":\"PUBLISHED\"}", v1);

    HttpResponse<String> audit = editor.get("api/v1/audit?item=pub-it-audit&type=case-study");

    assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
    JsonObject page = json(audit);
    assertThat(page.getInt("total")).isEqualTo(2);
    assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("actor") + " " + e.getString("action"))
        .containsExactly("pub-it-national publish", "pub-it-national create");
    assertThat(json(editor.get("api/v1/audit?actor=nobody-at-all")).getInt("total")).isZero();
    assertThat(editor.get("api/v1/audit?from=yesterday").statusCode()).isEqualTo(400);
    assertThat(anonymous.get("api/v1/it-fixtures/content-changes").body())
        .contains("case-study pub-it-audit CREATED [noord-nederland]")
        .contains("case-study pub-it-audit PUBLISHED [noord-nederland]");
  }
}
