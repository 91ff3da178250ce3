package nl.techniekpact.cms.it.security;

import static nl.techniekpact.cms.it.security.SecurityITAccounts.ADMIN_PASSWORD;
import static nl.techniekpact.cms.it.security.SecurityITAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.FormClient;
import org.junit.jupiter.api.Test;

/** HTTP Basic on {@code /api/}: {@code /api/v1/me}, roles, refusals and the lockout. */
class ApiAuthenticationIT extends DeployedCms {

  @Test
  void meWithoutCredentialsIs401ProblemWithBasicChallenge() throws Exception {
    HttpResponse<String> response = get("api/v1/me");

    assertThat(response.statusCode()).isEqualTo(401);
    // several challenges may come, in any order (RFC 9110 §11.6.1); one of them is Basic
    assertThat(response.headers().allValues("WWW-Authenticate"))
        .anySatisfy(challenge -> assertThat(challenge).startsWith("Basic realm="));
    assertProblem(response, 401);
    assertThat(response.headers().firstValue("Location")).isEmpty();
  }

  @Test
  void initialAdministratorSeesUsernameAndRolesAdministratorAndPluginAdmin() throws Exception {
    HttpResponse<String> response = me("admin", ADMIN_PASSWORD);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject me = json(response);
    assertThat(me.getString("username")).isEqualTo("admin");
    assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("administrator", "plugin-admin");
    assertThat(me.getJsonArray("regions")).isEmpty();
  }

  @Test
  void apiCallsWithBasicCreateNoSession() throws Exception {
    HttpResponse<String> response = me("admin", ADMIN_PASSWORD);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
  }

  @Test
  void regionalEditorSeesTheirRoleAndRegions() throws Exception {
    HttpResponse<String> response = me(SecurityITAccounts.REGIONAL_EDITOR, PASSWORD);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject me = json(response);
    assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("regional-editor");
    assertThat(me.getJsonArray("regions").getString(0)).isEqualTo(SecurityITAccounts.REGION);
  }

  @Test
  void usernameIsCaseInsensitive() throws Exception {
    assertThat(me("IT-Editor", PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void wrongPasswordIs401LoginFailedProblem() throws Exception {
    HttpResponse<String> response = me(SecurityITAccounts.EDITOR, "wrong-password-2026");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
    JsonObject problem = assertProblem(response, 401);
    assertThat(problem.getString("type")).isEqualTo("urn:techniekpact:problem:login-failed");
    assertThat(problem.getString("detail")).contains("wachtwoord");
  }

  @Test
  void unknownUserIsRefusedLikeAWrongPassword() throws Exception {
    HttpResponse<String> response = me("nobody-at-all", PASSWORD);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).getString("type")).isEqualTo("urn:techniekpact:problem:login-failed");
  }

  @Test
  void disabledAccountIsRefusedWith401() throws Exception {
    HttpResponse<String> response = me(SecurityITAccounts.DISABLED, PASSWORD);

    assertThat(response.statusCode()).isEqualTo(401);
    assertProblem(response, 401);
  }

  @Test
  void emptyUsernameAndPasswordIs401AndChangesNothing() throws Exception {
    HttpResponse<String> empty =
        send(request("api/v1/me").header("Authorization", basic(":")).build());
    HttpResponse<String> garbage =
        send(request("api/v1/me").header("Authorization", "Basic %%%").build());

    assertThat(empty.statusCode()).isEqualTo(401);
    assertThat(garbage.statusCode()).isEqualTo(401);
    assertProblem(empty, 401);
  }

  @Test
  void repeatedFailuresLockTheUsernameOutWith429AndRetryAfter() throws Exception {
    String username = SecurityITAccounts.LOCKED;
    HttpResponse<String> response = null;
    for (int i = 0; i < 5; i++) {
      response = me(username, "wrong-password-" + i);
    }

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After"))
        .hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
    JsonObject problem = assertProblem(response, 429);
    assertThat(problem.getString("type")).isEqualTo("urn:techniekpact:problem:login-locked");

    HttpResponse<String> evenRight = me(username, PASSWORD);
    assertThat(evenRight.statusCode()).as("locked even with the right password").isEqualTo(429);
    assertThat(me(SecurityITAccounts.EDITOR, PASSWORD).statusCode())
        .as("other accounts are not affected")
        .isEqualTo(200);
  }

  @Test
  void roleProtectedEndpointIs403ProblemForOtherRolesAnd200ForThePluginAdmin() throws Exception {
    HttpResponse<String> editor =
        get("api/v1/it-fixtures/plugin-admin", SecurityITAccounts.EDITOR, PASSWORD);
    HttpResponse<String> admin = get("api/v1/it-fixtures/plugin-admin", "admin", ADMIN_PASSWORD);
    HttpResponse<String> anonymous = get("api/v1/it-fixtures/plugin-admin");

    assertThat(editor.statusCode()).isEqualTo(403);
    assertProblem(editor, 403);
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.body()).isEqualTo("ok");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();
  }

  @Test
  void roleCheckInASubResourceLocatorProtectsWhatItReturns() throws Exception {
    String path = "api/v1/it-fixtures/plugin-admin/sub";

    assertThat(get(path).statusCode()).isEqualTo(401);
    assertThat(get(path, SecurityITAccounts.EDITOR, PASSWORD).statusCode()).isEqualTo(403);
    HttpResponse<String> admin = get(path, "admin", ADMIN_PASSWORD);
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(admin.body()).isEqualTo("sub");
  }

  @Test
  void publicEndpointsStayOpenWithoutCredentials() throws Exception {
    assertThat(get("api/v1/goals").statusCode()).isEqualTo(200);
  }

  @Test
  void problemIsInEnglishWhenAskedFor() throws Exception {
    HttpResponse<String> response =
        send(
            request("api/v1/me")
                .header("Authorization", basic(SecurityITAccounts.EDITOR + ":nope-nope-nope"))
                .header("Accept-Language", "en")
                .build());

    assertThat(json(response).getString("title")).isEqualTo("Login failed");
  }

  @Test
  void aNewPasswordIsAskedAtOnceThoughTheOldOneWasVerifiedAMomentAgo() throws Exception {
    String editor = SecurityITAccounts.PASSWORD_CHANGER;
    String changed = "it-Changed-Basic-2026";
    assertThat(me(editor, PASSWORD).statusCode()).isEqualTo(200);
    assertThat(me(editor, PASSWORD).statusCode())
        .as("answered from the verification kept a moment ago (ADR 0050)")
        .isEqualTo(200);
    FormClient own = new FormClient().signIn(editor, PASSWORD);
    HttpResponse<String> done = own.changeOwnPassword(PASSWORD, changed);
    assertThat(done.statusCode()).isEqualTo(302);

    assertThat(me(editor, PASSWORD).statusCode())
        .as("the old password, kept or not")
        .isEqualTo(401);
    assertThat(me(editor, changed).statusCode()).isEqualTo(200);
  }

  @Test
  void aDisabledAccountIsRefusedThoughItsPasswordWasVerifiedAMomentAgo() throws Exception {
    String editor = SecurityITAccounts.BASIC_DISABLED;
    assertThat(me(editor, PASSWORD).statusCode()).isEqualTo(200);
    assertThat(me(editor, PASSWORD).statusCode()).isEqualTo(200);

    HttpResponse<String> disabled =
        send(
            request("api/v1/it-fixtures/accounts/" + editor + "/disable")
                .header("Authorization", basic("admin:" + ADMIN_PASSWORD))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(disabled.statusCode()).isEqualTo(204);

    HttpResponse<String> refused = me(editor, PASSWORD);
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(json(refused).getString("type")).endsWith("login-failed");
  }

  static HttpResponse<String> me(String username, String password) throws Exception {
    return get("api/v1/me", username, password);
  }

  static HttpResponse<String> get(String path, String username, String password) throws Exception {
    return send(request(path).header("Authorization", basic(username + ":" + password)).build());
  }

  static String basic(String usernameAndPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(usernameAndPassword.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static JsonObject assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = json(response);
    assertThat(problem.getInt("status")).isEqualTo(status);
    return problem;
  }
}
