package nl.techniekpact.cms.it.security;

import static nl.techniekpact.cms.it.security.SecurityITAccounts.ADMIN_PASSWORD;
import static nl.techniekpact.cms.it.security.SecurityITAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.techniekpact.cms.it.DeployedCms;
import org.junit.jupiter.api.Test;

/**
 * API tokens at {@code /api/v1/me/tokens}: created with the password and shown once, listed without
 * the secret, used as {@code Authorization: Bearer}, revoked; and every refusal.
 */
class ApiTokensIT extends DeployedCms {

  private static final String HOLDER = SecurityITAccounts.TOKEN_HOLDER;

  @Test
  void createdTokenIsShownOnceAndSignsInAsItsAccountWithItsRoles() throws Exception {
    HttpResponse<String> created = create(HOLDER, "{\"name\":\"partner site\"}");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject issued = json(created);
    String token = issued.getString("token");
    assertThat(token).matches("tpk_[A-Za-z0-9_-]{43}");
    assertThat(issued.getString("name")).isEqualTo("partner site");
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(
            location -> assertThat(location).endsWith("/api/v1/me/tokens/" + issued.getInt("id")));

    HttpResponse<String> me = send(bearer("api/v1/me", token).GET().build());
    assertThat(me.statusCode()).isEqualTo(200);
    JsonObject caller = json(me);
    assertThat(caller.getString("username")).isEqualTo(HOLDER);
    assertThat(caller.getJsonArray("roles").getString(0)).isEqualTo("national-editor");

    HttpResponse<String> listed = send(bearer("api/v1/me/tokens", token).GET().build());
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body()).doesNotContain(token).doesNotContain("\"token\"");
    JsonObject mine =
        array(listed).getValuesAs(JsonObject.class).stream()
            .filter(t -> t.getInt("id") == issued.getInt("id"))
            .findFirst()
            .orElseThrow();
    assertThat(mine.getString("name")).isEqualTo("partner site");
    assertThat(mine.containsKey("created")).isTrue();
    assertThat(mine.containsKey("lastUsed")).as("used just now").isTrue();
  }

  @Test
  void tokenCarriesTheRegionsOfARegionalEditor() throws Exception {
    String token = newToken(SecurityITAccounts.REGIONAL_EDITOR, "regional");

    JsonObject me = json(send(bearer("api/v1/me", token).GET().build()));

    assertThat(me.getJsonArray("regions").getString(0)).isEqualTo(SecurityITAccounts.REGION);
  }

  @Test
  void tokenOpensRoleProtectedEndpointsOnlyForTheAccountsRoles() throws Exception {
    String admin = newToken("admin", "admin tool");
    String editor = newToken(HOLDER, "editor tool");

    assertThat(send(bearer("api/v1/it-fixtures/plugin-admin", admin).GET().build()).statusCode())
        .isEqualTo(200);
    assertThat(send(bearer("api/v1/it-fixtures/plugin-admin", editor).GET().build()).statusCode())
        .isEqualTo(403);
  }

  @Test
  void revokedTokenIs401AndGoneFromTheList() throws Exception {
    HttpResponse<String> created = create(HOLDER, "{\"name\":\"to revoke\"}");
    JsonObject issued = json(created);
    String token = issued.getString("token");
    int id = issued.getInt("id");

    HttpResponse<String> revoked =
        send(withBasic("api/v1/me/tokens/" + id, HOLDER, PASSWORD).DELETE().build());

    assertThat(revoked.statusCode()).isEqualTo(204);
    HttpResponse<String> after = send(bearer("api/v1/me", token).GET().build());
    JsonObject problem = problem(after, 401);
    assertThat(problem.getString("type")).isEqualTo("urn:techniekpact:problem:token-invalid");
    assertThat(after.headers().allValues("WWW-Authenticate"))
        .anySatisfy(c -> assertThat(c).startsWith("Bearer").contains("invalid_token"));
    HttpResponse<String> listed = send(withBasic("api/v1/me/tokens", HOLDER, PASSWORD).build());
    assertThat(listed.body()).doesNotContain("\"id\":" + id + ",");
    assertThat(
            send(withBasic("api/v1/me/tokens/" + id, HOLDER, PASSWORD).DELETE().build())
                .statusCode())
        .as("a second revoke finds nothing")
        .isEqualTo(404);
  }

  @Test
  void nobodyRevokesAnotherAccountsToken() throws Exception {
    JsonObject issued = json(create(HOLDER, "{\"name\":\"not yours\"}"));

    HttpResponse<String> other =
        send(
            withBasic(
                    "api/v1/me/tokens/" + issued.getInt("id"), SecurityITAccounts.EDITOR, PASSWORD)
                .DELETE()
                .build());

    problem(other, 404);
    assertThat(send(bearer("api/v1/me", issued.getString("token")).GET().build()).statusCode())
        .isEqualTo(200);
  }

  @Test
  void unknownAndMalformedTokensAre401TokenInvalidEvenOnPublicEndpoints() throws Exception {
    String unknown = "tpk_" + "A".repeat(43);
    for (String token : new String[] {unknown, "tpk_short", "not-a-token", ""}) {
      HttpResponse<String> response = send(bearer("api/v1/goals", token).GET().build());

      JsonObject problem = problem(response, 401);
      assertThat(problem.getString("type")).isEqualTo("urn:techniekpact:problem:token-invalid");
    }
  }

  @Test
  void authorizationHeaderWithAnUnknownSchemeIs401WithBothChallenges() throws Exception {
    HttpResponse<String> response =
        send(request("api/v1/goals").header("Authorization", "Token abc").GET().build());

    problem(response, 401);
    // both challenges, in one field or several (RFC 9110 allows either)
    assertThat(String.join(", ", response.headers().allValues("WWW-Authenticate")))
        .contains("Basic realm=")
        .contains("Bearer realm=");
  }

  @Test
  void disabledAccountsTokensStopWorking() throws Exception {
    String account = SecurityITAccounts.TOKEN_DISABLED;
    String token = newToken(account, "soon dead");
    assertThat(send(bearer("api/v1/me", token).GET().build()).statusCode()).isEqualTo(200);

    HttpResponse<String> disabled =
        send(
            withBasic(
                    "api/v1/it-fixtures/accounts/" + account + "/disable", "admin", ADMIN_PASSWORD)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(disabled.statusCode()).isEqualTo(204);

    JsonObject problem = problem(send(bearer("api/v1/me", token).GET().build()), 401);
    assertThat(problem.getString("type")).isEqualTo("urn:techniekpact:problem:token-invalid");
  }

  @Test
  void aTokenCannotCreateTokens() throws Exception {
    String token = newToken(HOLDER, "no children");

    HttpResponse<String> response =
        send(
            bearer("api/v1/me/tokens", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"child\"}"))
                .build());

    problem(response, 403);
  }

  @Test
  void anonymousCallersGet401OnTokens() throws Exception {
    HttpResponse<String> list = send(request("api/v1/me/tokens").GET().build());
    HttpResponse<String> create =
        send(
            request("api/v1/me/tokens")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}"))
                .build());

    problem(list, 401);
    problem(create, 401);
  }

  @Test
  void missingBlankOrOverlongNameIs400InvalidParametersNamingName() throws Exception {
    for (String body :
        new String[] {
          "{}", "{\"name\":\"   \"}", "{\"name\":\"" + "x".repeat(101) + "\"}", "{\"name\":7}", ""
        }) {
      JsonObject problem = problem(create(HOLDER, body), 400);

      assertThat(problem.getString("type"))
          .isEqualTo("urn:techniekpact:problem:invalid-parameters");
      assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("parameter"))
          .isEqualTo("name");
    }
  }

  @Test
  void malformedJsonIs400AndOtherMediaTypes415() throws Exception {
    problem(create(HOLDER, "{\"name\":"), 400);

    HttpResponse<String> text =
        send(
            withBasic("api/v1/me/tokens", HOLDER, PASSWORD)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name"))
                .build());
    problem(text, 415);
  }

  private static String newToken(String username, String name) throws Exception {
    String password = "admin".equals(username) ? ADMIN_PASSWORD : PASSWORD;
    HttpResponse<String> created =
        send(
            withBasic("api/v1/me/tokens", username, password)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}"))
                .build());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).getString("token");
  }

  private static HttpResponse<String> create(String username, String body) throws Exception {
    return send(
        withBasic("api/v1/me/tokens", username, PASSWORD)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static HttpRequest.Builder bearer(String path, String token) {
    return request(path).header("Authorization", "Bearer " + token);
  }

  private static HttpRequest.Builder withBasic(String path, String username, String password) {
    return request(path)
        .header("Authorization", ApiAuthenticationIT.basic(username + ":" + password));
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static JsonArray array(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  private static JsonObject problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = json(response);
    assertThat(problem.getInt("status")).isEqualTo(status);
    return problem;
  }
}
