package nl.techniekpact.cms.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.techniekpact.cms.it.ApiToken;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract test: loads the live OpenAPI document from {@code /openapi} and checks real
 * responses of every GET endpoint of {@code /api/v1} against it: the status is documented, the
 * media type is the documented one, and the body fits the documented schema ({@link SchemaCheck}).
 * Path parameters are filled from the lists, so every one-item endpoint is called with a real slug
 * or number; errors (404, 400, 401) are checked against the Problem schema.
 */
class OpenApiContractIT extends DeployedCms {

  private static final ApiToken ADMIN = ApiToken.of("admin", SecurityITAccounts.ADMIN_PASSWORD);

  private static JsonObject document;

  @BeforeAll
  static void loadDocument() throws Exception {
    HttpResponse<String> response =
        send(request("openapi").header("Accept", "application/json").GET().build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    document = Json.createReader(new StringReader(response.body())).readObject();
  }

  @Test
  void documentDescribesTheApiWithRelativeServerSecuritySchemesAndProblem() {
    assertThat(document.getString("openapi")).startsWith("3.");
    assertThat(document.getJsonObject("info").getString("title")).contains("Techniekpact");
    assertThat(document.getJsonArray("servers").getJsonObject(0).getString("url")).isEqualTo("/");
    JsonObject components = document.getJsonObject("components");
    assertThat(components.getJsonObject("securitySchemes").keySet()).contains("basic", "token");
    assertThat(components.getJsonObject("schemas").keySet())
        .contains("Problem", "CasePage", "CaseView", "SearchPage", "SearchHitView");
    assertThat(document.getJsonObject("paths").keySet())
        .contains(
            "/api/v1/cases",
            "/api/v1/cases/{slug}",
            "/api/v1/regions",
            "/api/v1/regions/{slug}",
            "/api/v1/goals",
            "/api/v1/goals/{number}",
            "/api/v1/ambassadors",
            "/api/v1/ambassadors/{slug}",
            "/api/v1/organisations",
            "/api/v1/organisations/{slug}",
            "/api/v1/search",
            "/api/v1/pacts",
            "/api/v1/pacts/{slug}",
            "/api/v1/me",
            "/api/v1/me/tokens",
            "/api/v1/me/tokens/{id}",
            "/api/v1/plugins",
            "/api/v1/media",
            "/api/v1/media/{id}")
        .allSatisfy(path -> assertThat(path).doesNotContain(":"));
  }

  @Test
  void everyOperationHasASummaryAUniqueIdAndProblemErrorResponses() {
    List<String> ids = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
      if (path.getKey().contains("it-fixtures")) {
        continue;
      }
      for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
        if (!(operation.getValue() instanceof JsonObject op) || !op.containsKey("responses")) {
          continue;
        }
        String where = operation.getKey() + " " + path.getKey();
        assertThat(op.getString("summary", "")).as(where).isNotBlank();
        ids.add(op.getString("operationId", where));
        JsonObject responses = op.getJsonObject("responses");
        assertThat(responses.keySet()).as(where).contains("429", "500");
        for (String status : responses.keySet()) {
          if (status.startsWith("4") || status.startsWith("5")) {
            JsonObject response = resolve(responses.getJsonObject(status));
            assertThat(response.getJsonObject("content").keySet())
                .as(where + " " + status)
                .containsExactly("application/problem+json");
          }
        }
      }
    }
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void everyOperationDocumentsTheErrorsItsShapeImplies() {
    int checked = 0;
    for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
      for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
        if (!(operation.getValue() instanceof JsonObject op) || !op.containsKey("responses")) {
          continue;
        }
        String where = operation.getKey() + " " + path.getKey();
        java.util.Set<String> statuses = op.getJsonObject("responses").keySet();
        List<JsonObject> parameters =
            op.containsKey("parameters")
                ? op.getJsonArray("parameters").getValuesAs(JsonObject.class)
                : List.of();
        if (op.containsKey("security") && !op.getJsonArray("security").isEmpty()) {
          assertThat(statuses).as(where).contains("401", "403");
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.getString("in", "")))) {
          assertThat(statuses).as(where).contains("404");
        }
        if (parameters.stream().anyMatch(p -> "query".equals(p.getString("in", "")))) {
          assertThat(statuses).as(where).contains("400");
        }
        if (parameters.stream().anyMatch(p -> "If-Match".equals(p.getString("name", "")))) {
          assertThat(statuses).as(where).contains("412", "428");
        }
        if (op.containsKey("requestBody")
            && op.getJsonObject("requestBody")
                .getJsonObject("content")
                .containsKey("application/json")) {
          assertThat(statuses).as(where).contains("400", "415", "422");
        }
        for (JsonObject lang :
            parameters.stream().filter(p -> "lang".equals(p.getString("name", ""))).toList()) {
          assertThat(lang.getString("description", "")).as(where).isNotBlank();
          assertThat(lang.getJsonObject("schema").getJsonArray("enum").toString())
              .as(where)
              .isEqualTo("[\"nl\",\"en\"]");
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(30);
    // these operations annotate none of their error responses: the rules supply them
    JsonObject audit = document.getJsonObject("paths").getJsonObject("/api/v1/audit");
    assertThat(audit.getJsonObject("get").getJsonObject("responses").keySet())
        .contains("400", "401", "403");
  }

  @Test
  void everyAnonymousListMatchesItsSchema() throws Exception {
    for (String path :
        List.of(
            "/api/v1/cases",
            "/api/v1/regions",
            "/api/v1/goals",
            "/api/v1/ambassadors",
            "/api/v1/organisations",
            "/api/v1/pacts")) {
      check(path, path, null, 200);
      check(path, path + "?lang=en", null, 200);
    }
  }

  @Test
  void filteredAndPagedCasesMatchTheirSchema() throws Exception {
    check("/api/v1/cases", "/api/v1/cases?level=MBO&page=1&size=2", null, 200);
  }

  @Test
  void searchResultsMatchTheirSchemaInBothLanguages() throws Exception {
    awaitSearchIndex();
    check("/api/v1/search", "/api/v1/search?q=techniek", null, 200);
    check("/api/v1/search", "/api/v1/search?q=scholen&type=case&lang=en&page=1&size=2", null, 200);
    check("/api/v1/search", "/api/v1/search?q=xylofoonkwartet", null, 200);
  }

  @Test
  void everyAnonymousItemMatchesItsSchema() throws Exception {
    check("/api/v1/cases/{slug}", "/api/v1/cases/" + first("/api/v1/cases", "slug"), null, 200);
    check(
        "/api/v1/regions/{slug}", "/api/v1/regions/" + first("/api/v1/regions", "slug"), null, 200);
    check("/api/v1/goals/{number}", "/api/v1/goals/" + first("/api/v1/goals", "number"), null, 200);
    check(
        "/api/v1/ambassadors/{slug}",
        "/api/v1/ambassadors/" + first("/api/v1/ambassadors", "slug"),
        null,
        200);
    check(
        "/api/v1/organisations/{slug}",
        "/api/v1/organisations/" + first("/api/v1/organisations", "slug"),
        null,
        200);
    check("/api/v1/pacts/{slug}", "/api/v1/pacts/" + first("/api/v1/pacts", "slug"), null, 200);
    check("/api/v1/pacts/{slug}", "/api/v1/pacts/2013?lang=en", null, 200);
    check("/api/v1/cases/{slug}", "/api/v1/cases/make-it-move?lang=nl", null, 200);
  }

  @Test
  void documentedErrorsMatchTheProblemSchema() throws Exception {
    check("/api/v1/cases/{slug}", "/api/v1/cases/no-such-case-at-all", null, 404);
    check("/api/v1/regions/{slug}", "/api/v1/regions/no-such-region", null, 404);
    check("/api/v1/pacts/{slug}", "/api/v1/pacts/1999", null, 404);
    check("/api/v1/goals", "/api/v1/goals?lang=fr", null, 400);
    check("/api/v1/regions/{slug}", "/api/v1/regions/noord-nederland?lang=fr", null, 400);
    check("/api/v1/cases", "/api/v1/cases?size=0&goal=x", null, 400);
    check("/api/v1/search", "/api/v1/search?q=", null, 400);
    check("/api/v1/search", "/api/v1/search?q=school&type=nieuws&lang=fr", null, 400);
    check("/api/v1/organisations", "/api/v1/organisations?region=atlantis", null, 400);
    check("/api/v1/me", "/api/v1/me", null, 401);
    check("/api/v1/me/tokens", "/api/v1/me/tokens", null, 401);
  }

  @Test
  void signedInReadsMatchTheirSchema() throws Exception {
    // a token of its own, so the token list is checked with an item whatever ran before
    assertThat(
            send(request("api/v1/me/tokens")
                    // a token is made with the password, never with another token
                    .header(
                        "Authorization", ApiToken.basic("admin", SecurityITAccounts.ADMIN_PASSWORD))
                    .header("Content-Type", "application/json")
                    .POST(
                        java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"name\":\"contract-test\"}"))
                    .build())
                .statusCode())
        .isEqualTo(201);
    check("/api/v1/me", "/api/v1/me", ADMIN.header(), 200);
    check("/api/v1/me/tokens", "/api/v1/me/tokens", ADMIN.header(), 200);
    check("/api/v1/plugins", "/api/v1/plugins", ADMIN.header(), 200);
    check("/api/v1/content", "/api/v1/content", ADMIN.header(), 200);
    check("/api/v1/media", "/api/v1/media", ADMIN.header(), 200);
    String image = firstSignedIn("/api/v1/media", "id");
    check("/api/v1/media/{id}", "/api/v1/media/" + image, ADMIN.header(), 200);
    check("/api/v1/media/{id}", "/api/v1/media/999999999", ADMIN.header(), 404);
    check("/api/v1/media", "/api/v1/media", null, 401);
  }

  private static String firstSignedIn(String list, String member) throws Exception {
    HttpResponse<String> response =
        send(request(list.substring(1)).header("Authorization", ADMIN.header()).GET().build());
    JsonArray items =
        Json.createReader(new StringReader(response.body())).readObject().getJsonArray("items");
    assertThat(items).as(list + " has items").isNotEmpty();
    return items.getJsonObject(0).get(member).toString();
  }

  /** GETs {@code uri} and checks the answer against the GET operation of {@code path}. */
  private static void check(String path, String uri, String authorization, int expected)
      throws Exception {
    HttpRequest.Builder request = request(uri.substring(1)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    matches("get", path, uri, send(request.build()), expected);
  }

  /** Checks an answer against the {@code method} operation of {@code path} in the document. */
  private static void matches(
      String method, String path, String uri, HttpResponse<String> response, int expected) {
    String where = method.toUpperCase(java.util.Locale.ROOT) + " " + uri;
    assertThat(response.statusCode()).as(where + ": " + response.body()).isEqualTo(expected);

    JsonObject operation =
        document.getJsonObject("paths").getJsonObject(path).getJsonObject(method);
    assertThat(operation).as(where + " is documented").isNotNull();
    JsonObject responses = operation.getJsonObject("responses");
    String status = Integer.toString(expected);
    assertThat(responses.keySet()).as(where + " documents " + status).contains(status);
    JsonObject documented = resolve(responses.getJsonObject(status));
    JsonObject content = documented.getJsonObject("content");
    String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    assertThat(content.keySet()).as(where + " media type").contains(type);
    JsonValue body = Json.createReader(new StringReader(response.body())).readValue();
    new SchemaCheck(document)
        .check(content.getJsonObject(type).getJsonObject("schema"), body, where);
  }

  @Test
  void caseWritesAnswerWhatTheDocumentSays() throws Exception {
    String slug = "contract-it-case";
    String path = "api/v1/cases/" + slug;
    String body =
        "{\"slug\":\""
            + slug
            + "\",\"title\":{\"nl\":\"Contract\"},\"summary\":{\"nl\":\"Test\"},"
            + "\"body\":{\"nl\":\"<p>x</p>\"},\"region\":\"noord-nederland\",\"goals\":[4]}";
    HttpResponse<String> created = write("POST", "api/v1/cases", body, null);
    matches("post", "/api/v1/cases", "/api/v1/cases", created, 201);
    String v1 = created.headers().firstValue("ETag").orElseThrow();
    try {
      matches(
          "post",
          "/api/v1/cases",
          "/api/v1/cases",
          write("POST", "api/v1/cases", body.replace("Contract", ""), null),
          422);
      matches("put", "/api/v1/cases/{slug}", "/" + path, write("PUT", path, body, null), 428);
      HttpResponse<String> updated = write("PUT", path, body.replace("Test", "Beter"), v1);
      matches("put", "/api/v1/cases/{slug}", "/" + path, updated, 200);
      matches("put", "/api/v1/cases/{slug}", "/" + path, write("PUT", path, body, v1), 412);
      matches(
          "get",
          "/api/v1/cases/{slug}/editable",
          "/" + path + "/editable",
          write("GET", path + "/editable", null, null),
          200);
      HttpResponse<String> published =
          write(
              "PUT",
              path + "/publication",
              "{\"status\":\"PUBLISHED\"}",
              updated.headers().firstValue("ETag").orElseThrow());
      matches(
          "put", "/api/v1/cases/{slug}/publication", "/" + path + "/publication", published, 200);
      matches(
          "get",
          "/api/v1/cases/{slug}/revisions",
          "/" + path + "/revisions",
          write("GET", path + "/revisions", null, null),
          200);
      matches(
          "get",
          "/api/v1/audit",
          "/api/v1/audit?item=" + slug,
          write("GET", "api/v1/audit?item=" + slug, null, null),
          200);
      HttpResponse<String> deleted =
          write("DELETE", path, null, published.headers().firstValue("ETag").orElseThrow());
      matches("delete", "/api/v1/cases/{slug}", "/" + path, deleted, 200);
    } finally {
      HttpResponse<String> current = write("GET", path + "/editable", null, null);
      if (current.statusCode() == 200 && !current.body().contains("deletedAt")) {
        write("DELETE", path, null, current.headers().firstValue("ETag").orElseThrow());
      }
    }
  }

  @Test
  void regionWritesAnswerWhatTheDocumentSays() throws Exception {
    String slug = "contract-it-region";
    String path = "api/v1/regions/" + slug;
    String body =
        "{\"slug\":\""
            + slug
            + "\",\"name\":\"Contract\",\"provinces\":[\"Zeeland\"],"
            + "\"ambitions\":{\"nl\":\"Test\"},\"contact\":{\"email\":\"c@example.org\"}}";
    HttpResponse<String> created = write("POST", "api/v1/regions", body, null);
    matches("post", "/api/v1/regions", "/api/v1/regions", created, 201);
    String v1 = created.headers().firstValue("ETag").orElseThrow();
    try {
      matches(
          "post",
          "/api/v1/regions",
          "/api/v1/regions",
          write("POST", "api/v1/regions", body.replace("Contract", " "), null),
          422);
      matches("put", "/api/v1/regions/{slug}", "/" + path, write("PUT", path, body, null), 428);
      HttpResponse<String> updated = write("PUT", path, body.replace("Test", "Beter"), v1);
      matches("put", "/api/v1/regions/{slug}", "/" + path, updated, 200);
      matches("put", "/api/v1/regions/{slug}", "/" + path, write("PUT", path, body, v1), 412);
      matches(
          "get",
          "/api/v1/regions/{slug}/editable",
          "/" + path + "/editable",
          write("GET", path + "/editable", null, null),
          200);
      HttpResponse<String> published =
          write(
              "PUT",
              path + "/publication",
              "{\"status\":\"PUBLISHED\"}",
              updated.headers().firstValue("ETag").orElseThrow());
      matches(
          "put", "/api/v1/regions/{slug}/publication", "/" + path + "/publication", published, 200);
      matches(
          "get",
          "/api/v1/regions/{slug}/revisions",
          "/" + path + "/revisions",
          write("GET", path + "/revisions", null, null),
          200);
      matches(
          "get",
          "/api/v1/regions/{slug}/revisions/{number}/changes",
          "/" + path + "/revisions/2/changes",
          write("GET", path + "/revisions/2/changes?since=1", null, null),
          200);
      HttpResponse<String> deleted =
          write("DELETE", path, null, published.headers().firstValue("ETag").orElseThrow());
      matches("delete", "/api/v1/regions/{slug}", "/" + path, deleted, 200);
      matches(
          "post",
          "/api/v1/regions/{slug}/restore",
          "/" + path + "/restore",
          write(
              "POST", path + "/restore", null, deleted.headers().firstValue("ETag").orElseThrow()),
          200);
    } finally {
      HttpResponse<String> current = write("GET", path + "/editable", null, null);
      if (current.statusCode() == 200 && !current.body().contains("deletedAt")) {
        String tag = current.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> draft =
            write("PUT", path + "/publication", "{\"status\":\"DRAFT\"}", tag);
        write("DELETE", path, null, draft.headers().firstValue("ETag").orElse(tag));
      }
    }
  }

  @Test
  void ambassadorWritesAnswerWhatTheDocumentSays() throws Exception {
    String slug = "contract-it-ambassador";
    String path = "api/v1/ambassadors/" + slug;
    String body =
        "{\"slug\":\""
            + slug
            + "\",\"name\":\"Contract\",\"role\":\"AMBASSADEUR\","
            + "\"teaser\":{\"nl\":\"Test\"},\"goals\":[4],\"region\":\"noord-nederland\"}";
    HttpResponse<String> created = write("POST", "api/v1/ambassadors", body, null);
    matches("post", "/api/v1/ambassadors", "/api/v1/ambassadors", created, 201);
    try {
      matches(
          "post",
          "/api/v1/ambassadors",
          "/api/v1/ambassadors",
          write("POST", "api/v1/ambassadors", body.replace("AMBASSADEUR", "X"), null),
          422);
      matches("put", "/api/v1/ambassadors/{slug}", "/" + path, write("PUT", path, body, null), 428);
      String v1 = created.headers().firstValue("ETag").orElseThrow();
      HttpResponse<String> updated = write("PUT", path, body.replace("Test", "Beter"), v1);
      matches("put", "/api/v1/ambassadors/{slug}", "/" + path, updated, 200);
      matches("put", "/api/v1/ambassadors/{slug}", "/" + path, write("PUT", path, body, v1), 412);
      matches(
          "get",
          "/api/v1/ambassadors/{slug}/editable",
          "/" + path + "/editable",
          write("GET", path + "/editable", null, null),
          200);
      HttpResponse<String> published =
          write(
              "PUT",
              path + "/publication",
              "{\"status\":\"PUBLISHED\"}",
              updated.headers().firstValue("ETag").orElseThrow());
      matches(
          "put",
          "/api/v1/ambassadors/{slug}/publication",
          "/" + path + "/publication",
          published,
          200);
      check("/api/v1/ambassadors/{slug}", "/" + path, null, 200);
      matches(
          "get",
          "/api/v1/ambassadors/{slug}/revisions",
          "/" + path + "/revisions",
          write("GET", path + "/revisions", null, null),
          200);
      HttpResponse<String> deleted =
          write("DELETE", path, null, published.headers().firstValue("ETag").orElseThrow());
      matches("delete", "/api/v1/ambassadors/{slug}", "/" + path, deleted, 200);
    } finally {
      HttpResponse<String> current = write("GET", path + "/editable", null, null);
      if (current.statusCode() == 200 && !current.body().contains("deletedAt")) {
        write("DELETE", path, null, current.headers().firstValue("ETag").orElseThrow());
      }
    }
  }

  @Test
  void organisationAndGoalWritesAnswerWhatTheDocumentSays() throws Exception {
    String path = "api/v1/organisations/contract-it-organisatie";
    String body =
        "{\"slug\":\"contract-it-organisatie\",\"name\":\"Contract\",\"kind\":\"OVERHEID\"}";
    HttpResponse<String> created = write("POST", "api/v1/organisations", body, null);
    matches("post", "/api/v1/organisations", "/api/v1/organisations", created, 201);
    String v1 = created.headers().firstValue("ETag").orElseThrow();
    try {
      matches(
          "post",
          "/api/v1/organisations",
          "/api/v1/organisations",
          write("POST", "api/v1/organisations", body.replace("OVERHEID", "KERK"), null),
          422);
      matches(
          "put", "/api/v1/organisations/{slug}", "/" + path, write("PUT", path, body, null), 428);
      HttpResponse<String> updated = write("PUT", path, body.replace("Contract", "Beter"), v1);
      matches("put", "/api/v1/organisations/{slug}", "/" + path, updated, 200);
      matches("put", "/api/v1/organisations/{slug}", "/" + path, write("PUT", path, body, v1), 412);
      matches(
          "get",
          "/api/v1/organisations/{slug}/editable",
          "/" + path + "/editable",
          write("GET", path + "/editable", null, null),
          200);
      matches(
          "get",
          "/api/v1/organisations/{slug}/revisions",
          "/" + path + "/revisions",
          write("GET", path + "/revisions", null, null),
          200);
      HttpResponse<String> partner =
          write("GET", "api/v1/organisations/friesland-college/editable", null, null);
      matches(
          "delete",
          "/api/v1/organisations/{slug}",
          "/api/v1/organisations/friesland-college",
          write(
              "DELETE",
              "api/v1/organisations/friesland-college",
              null,
              partner.headers().firstValue("ETag").orElseThrow()),
          409);
      String goal = "api/v1/pacts/techniekpact/goals/4";
      HttpResponse<String> editableGoal = write("GET", goal + "/editable", null, null);
      matches(
          "get",
          "/api/v1/pacts/{pact}/{kind}/{number}/editable",
          "/" + goal + "/editable",
          editableGoal,
          200);
      matches(
          "post",
          "/api/v1/pacts/{pact}/{kind}",
          "/api/v1/pacts/techniekpact/goals",
          write(
              "POST",
              "api/v1/pacts/techniekpact/goals",
              "{\"number\":4,\"title\":{\"nl\":\"Dubbel\"}}",
              null),
          422);
      matches(
          "delete",
          "/api/v1/pacts/{pact}/{kind}/{number}",
          "/" + goal,
          write("DELETE", goal, null, editableGoal.headers().firstValue("ETag").orElseThrow()),
          409);
      HttpResponse<String> deleted =
          write("DELETE", path, null, updated.headers().firstValue("ETag").orElseThrow());
      assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
      check("/api/v1/trash", "/api/v1/trash", ADMIN.header(), 200);
      check("/api/v1/trash", "/api/v1/trash", null, 401);
      HttpResponse<String> inTrash = write("GET", path + "/editable", null, null);
      matches(
          "post",
          "/api/v1/organisations/{slug}/restore",
          "/" + path + "/restore",
          write(
              "POST", path + "/restore", null, inTrash.headers().firstValue("ETag").orElseThrow()),
          200);
      matches(
          "post",
          "/api/v1/organisations/{slug}/restore",
          "/" + path + "/restore",
          write("POST", path + "/restore", null, null),
          428);
    } finally {
      HttpResponse<String> current = write("GET", path + "/editable", null, null);
      if (current.statusCode() == 200 && !current.body().contains("deletedAt")) {
        HttpResponse<String> removed =
            write("DELETE", path, null, current.headers().firstValue("ETag").orElseThrow());
        assertThat(removed.statusCode()).isEqualTo(204);
        current = write("GET", path + "/editable", null, null);
      }
      if (current.statusCode() == 200) {
        HttpResponse<String> purged =
            write(
                "DELETE",
                path + "?purge=true",
                null,
                current.headers().firstValue("ETag").orElseThrow());
        assertThat(purged.statusCode()).isEqualTo(204);
      }
    }
  }

  private static HttpResponse<String> write(String method, String path, String json, String ifMatch)
      throws Exception {
    HttpRequest.Builder request =
        request(path)
            .header("Authorization", ADMIN.header())
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request.build());
  }

  private static JsonObject resolve(JsonObject maybeRef) {
    return SchemaCheck.resolve(document, maybeRef);
  }

  private static String first(String list, String member) throws Exception {
    JsonValue body = Json.createReader(new StringReader(get(list.substring(1)).body())).readValue();
    JsonArray items =
        body instanceof JsonArray array ? array : body.asJsonObject().getJsonArray("items");
    assertThat(items).as(list + " has items").isNotEmpty();
    JsonValue value = items.getJsonObject(0).get(member);
    return value instanceof JsonNumber number
        ? number.toString()
        : items.getJsonObject(0).getString(member);
  }
}
