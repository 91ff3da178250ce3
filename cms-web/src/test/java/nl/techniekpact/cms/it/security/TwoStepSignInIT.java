package nl.techniekpact.cms.it.security;

import static nl.techniekpact.cms.it.security.SecurityITAccounts.ADMIN_PASSWORD;
import static nl.techniekpact.cms.it.security.SecurityITAccounts.PASSWORD;
import static nl.techniekpact.cms.it.security.SecurityITAccounts.TWO_STEP;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.techniekpact.cms.it.ApiToken;
import nl.techniekpact.cms.it.AuditEntries;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.FormClient;
import nl.techniekpact.cms.security.twostep.OneTimeCodes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Two-step sign-in (ADR 0048) over HTTP: an editor turns it on from their account page with the
 * secret the page shows (the test computes the app's codes from it), then logs in with password and
 * code or a recovery code; codes work once, the API refuses the password, an administrator turns it
 * off for an editor who lost their phone.
 */
class TwoStepSignInIT extends DeployedCms {

  private static final ApiToken ADMIN = ApiToken.of("admin", ADMIN_PASSWORD);

  /** An account with two-step sign-in on: its app's secret and its recovery codes. */
  private record TurnedOn(String secret, List<String> recoveryCodes) {}

  private static Element form(Document page, String id) {
    Element form = page.selectFirst("form#" + id);
    assertThat(form).as("form " + id).isNotNull();
    return form;
  }

  private static Document submit(FormClient client, Document page, String button, String code)
      throws Exception {
    return submit(client, page, button, code, null);
  }

  private static Document submit(
      FormClient client, Document page, String button, String code, String password)
      throws Exception {
    Map<String, String> values = new java.util.HashMap<>();
    values.put("twoStep:" + button, "");
    if (code != null) {
      values.put(button.equals("confirm") ? "twoStep:firstCode" : "twoStep:code", code);
    }
    if (password != null) {
      values.put("twoStep:password", password);
    }
    HttpResponse<String> response = client.submit(form(page, "twoStep"), values);
    if (response.statusCode() == 302) {
      return client.page("beheer/account.xhtml");
    }
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  /** Turns two-step sign-in on for {@code username} the way the editor does. */
  private static TurnedOn turnOn(FormClient signedIn) throws Exception {
    Document account = signedIn.page("beheer/account.xhtml");
    assertThat(account.select("#two-step-state").text()).startsWith("Staat uit");
    Document setUp = submit(signedIn, account, "setUp", null);
    String secret = setUp.select("#two-step-secret").text().replace(" ", "");
    assertThat(secret).matches("[A-Z2-7]{32}");
    Element qr = setUp.selectFirst("#qr-code svg");
    assertThat(qr).isNotNull();
    assertThat(qr.attr("role")).isEqualTo("img");
    assertThat(qr.attr("aria-label")).contains("Techniekpact CMS");

    Document wrong = submit(signedIn, setUp, "confirm", "000000", PASSWORD);
    assertThat(wrong.text()).contains("Deze code klopt niet");
    assertThat(wrong.select("#two-step-secret").text().replace(" ", ""))
        .as("still setting up, with the same secret")
        .isEqualTo(secret);
    String code = OneTimeCodes.codeAt(secret, Instant.now());
    Document noPassword = submit(signedIn, wrong, "confirm", code, "not-my-password");
    assertThat(noPassword.text())
        .as("the password is asked too: a session left open must not enrol someone else's phone")
        .contains("Het huidige wachtwoord klopt niet");

    Document on = submit(signedIn, noPassword, "confirm", code, PASSWORD);
    List<String> recovery = on.select("#recovery-codes li").eachText();
    assertThat(recovery).hasSize(10).allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
    assertThat(on.select("#two-step-state").text()).startsWith("Staat aan sinds").contains("10");
    return new TurnedOn(secret, recovery);
  }

  /** The next step's code: the current one confirmed the app, and no code works twice. */
  private static String nextCode(String secret) {
    return OneTimeCodes.codeAt(secret, Instant.now().plusSeconds(30));
  }

  private static HttpResponse<String> passwordStep(FormClient client, String username)
      throws Exception {
    client.openLoginPage();
    return client.submitLogin(username, PASSWORD);
  }

  private static HttpResponse<String> codeStep(FormClient client, String code) throws Exception {
    Document page = client.page("login-code.xhtml");
    return client.submit(form(page, "code"), Map.of("code:value", code));
  }

  @Test
  void afterTurningItOnThePasswordLeadsToTheCodePageAndOnlyTheRightCodeSignsIn() throws Exception {
    String editor = TWO_STEP.get(0);
    TurnedOn on = turnOn(new FormClient().signIn(editor, PASSWORD));
    FormClient client = new FormClient();

    HttpResponse<String> password = passwordStep(client, editor);

    assertThat(password.statusCode()).isEqualTo(302);
    assertThat(password.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login-code.xhtml"));
    assertThat(client.get("beheer/index.xhtml").statusCode())
        .as("the password alone does not sign in")
        .isEqualTo(302);
    Document codePage = client.page("login-code.xhtml");
    assertThat(codePage.select("h1").text()).isEqualTo("Inloggen: de code");
    assertThat(codePage.select("#code-for").text()).isEqualTo("U logt in als " + editor + ".");
    assertThat(codePage.select("input#code\\:value").attr("autocomplete"))
        .isEqualTo("one-time-code");

    HttpResponse<String> wrong = codeStep(client, "123456");
    assertThat(wrong.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(wrong.body()).select("#messages").text())
        .isEqualTo("Deze code klopt niet of is al gebruikt. Vul de code in die uw app nu toont.");

    String sessionBefore = client.sessionId();
    String code = nextCode(on.secret());
    HttpResponse<String> right = codeStep(client, code);
    assertThat(right.statusCode()).isEqualTo(302);
    assertThat(right.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/beheer/index.xhtml"));
    assertThat(client.sessionId())
        .as("a new session id after the code")
        .isNotEqualTo(sessionBefore);
    assertThat(client.get("beheer/index.xhtml").statusCode()).isEqualTo(200);

    FormClient replay = new FormClient();
    passwordStep(replay, editor);
    assertThat(codeStep(replay, code).statusCode())
        .as("the same code a second time")
        .isEqualTo(200);
    assertThat(replay.get("beheer/index.xhtml").statusCode()).isEqualTo(302);
  }

  @Test
  void aRecoveryCodeSignsInOnceAndIsThenCountedOff() throws Exception {
    String editor = TWO_STEP.get(1);
    TurnedOn on = turnOn(new FormClient().signIn(editor, PASSWORD));
    String recovery = on.recoveryCodes().get(0);

    FormClient first = new FormClient();
    passwordStep(first, editor);
    assertThat(codeStep(first, recovery.toUpperCase()).statusCode()).isEqualTo(302);
    assertThat(first.page("beheer/account.xhtml").select("#two-step-state").text())
        .contains("nog 9 herstelcodes");

    FormClient second = new FormClient();
    passwordStep(second, editor);
    assertThat(codeStep(second, recovery).statusCode()).isEqualTo(200);
    assertThat(second.get("beheer/index.xhtml").statusCode()).isEqualTo(302);

    List<JsonObject> audit = AuditEntries.ofAccount(ADMIN, editor);
    assertThat(audit.stream().map(e -> e.getString("action") + " by " + e.getString("actor")))
        .as("the account's audit entries, newest first (ADR 0051)")
        .containsSubsequence(
            "recovery-code-used by " + editor, "two-step-on by " + editor, "create by system");
    assertThat(audit.get(0).getString("detail")).isEqualTo("9 left");
    assertThat(audit.toString()).doesNotContain(on.secret());
    assertThat(on.recoveryCodes())
        .allSatisfy(code -> assertThat(audit.toString()).doesNotContain(code));
  }

  @Test
  void theCodePageWithoutThePasswordStepAsksToStartAgain() throws Exception {
    FormClient client = new FormClient();

    Document page = client.page("login-code.xhtml");

    assertThat(page.select("form#code")).isEmpty();
    assertThat(page.select("#start-again").text()).startsWith("Log eerst in met uw gebruikersnaam");
    assertThat(page.select("a#back-to-login").attr("href")).endsWith("/login.xhtml");
  }

  @Test
  void turningItOnEndsTheSessionsSignedInWithThePasswordAloneButTheOneThatTurnedItOn()
      throws Exception {
    String editor = TWO_STEP.get(6);
    FormClient elsewhere = new FormClient().signIn(editor, PASSWORD);
    FormClient own = new FormClient().signIn(editor, PASSWORD);

    turnOn(own);

    assertThat(own.get("beheer/index.xhtml").statusCode()).isEqualTo(200);
    HttpResponse<String> other = elsewhere.get("beheer/index.xhtml");
    assertThat(other.statusCode()).isEqualTo(302);
    assertThat(other.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml?ended=true"));
  }

  @Test
  void aCodeAfterThePasswordWasChangedElsewhereAsksToStartAgain() throws Exception {
    String editor = TWO_STEP.get(7);
    FormClient own = new FormClient().signIn(editor, PASSWORD);
    TurnedOn on = turnOn(own);
    FormClient other = new FormClient();
    passwordStep(other, editor);
    String changed = "it-Two-Step-Changed-2026";
    HttpResponse<String> done = own.changeOwnPassword(PASSWORD, changed);
    assertThat(done.statusCode()).isEqualTo(302);

    HttpResponse<String> code = codeStep(other, nextCode(on.secret()));

    assertThat(code.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(code.body()).select("#start-again").text())
        .as("the old password's step does not sign in after the password changed (ADR 0049)")
        .startsWith("Log eerst in met uw gebruikersnaam");
    assertThat(other.get("beheer/index.xhtml").statusCode()).isEqualTo(302);
  }

  @Test
  void theApiRefusesThePasswordOfSuchAnAccountAndPointsToApiTokens() throws Exception {
    String editor = TWO_STEP.get(2);
    HttpResponse<String> before = send(basic("api/v1/me", editor, PASSWORD));
    assertThat(before.statusCode()).isEqualTo(200);
    turnOn(new FormClient().signIn(editor, PASSWORD));

    HttpResponse<String> after = send(basic("api/v1/me", editor, PASSWORD));

    assertThat(after.statusCode()).as(after.body()).isEqualTo(401);
    assertThat(after.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonObject problem = Json.createReader(new StringReader(after.body())).readObject();
    assertThat(problem.getString("type")).isEqualTo("urn:techniekpact:problem:two-step-required");
    assertThat(problem.getString("detail")).contains("API-token");
    assertThat(after.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(c -> assertThat(c).startsWith("Bearer realm="));
    assertThat(send(basic("api/v1/me", editor, "wrong-password-2026")).body())
        .as("a wrong password is still just a failed login")
        .contains("login-failed");
  }

  @Test
  void turningItOffNeedsACodeAndAnAdministratorTurnsItOffForSomeoneWhoLostTheirPhone()
      throws Exception {
    String editor = TWO_STEP.get(3);
    FormClient own = new FormClient().signIn(editor, PASSWORD);
    turnOn(own);

    Document refused = submit(own, own.page("beheer/account.xhtml"), "turnOff", "654321");
    assertThat(refused.text()).contains("Deze code klopt niet");
    assertThat(own.page("beheer/account.xhtml").select("#two-step-state").text())
        .startsWith("Staat aan");

    FormClient admin = new FormClient().signIn("admin", ADMIN_PASSWORD);
    Document edit = admin.page("beheer/accounts/edit.xhtml?username=" + editor);
    assertThat(edit.select("#account-two-step").text())
        .startsWith("Tweestapsverificatie: Aan sinds");
    HttpResponse<String> turnedOff =
        admin.submit(form(edit, "account"), Map.of("account:turnOffTwoStep", ""));
    assertThat(turnedOff.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(turnedOff.body()).select("#account-two-step").text())
        .isEqualTo("Tweestapsverificatie: Uit");
    assertThat(
            AuditEntries.ofAccount(ADMIN, editor).stream()
                .map(e -> e.getString("action") + " by " + e.getString("actor")))
        .startsWith("two-step-off by admin", "two-step-on by " + editor);

    FormClient again = new FormClient();
    HttpResponse<String> password = passwordStep(again, editor);
    assertThat(password.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/beheer/index.xhtml"));
    assertThat(new FormClient().page("login-code.xhtml").select("form#code"))
        .as("no code page without a password step")
        .isEmpty();
    Document ownEdit = admin.page("beheer/accounts/edit.xhtml?username=admin");
    assertThat(ownEdit.select("#turnOffTwoStep, [id$=turnOffTwoStep]"))
        .as("off: no button")
        .isEmpty();
  }

  @Test
  void wrongCodesCountTowardsTheLoginLockoutSoTheCodeCannotBeGuessed() throws Exception {
    String editor = TWO_STEP.get(4);
    turnOn(new FormClient().signIn(editor, PASSWORD));
    FormClient client = new FormClient();
    passwordStep(client, editor);

    String last = "";
    for (int i = 0; i < 5; i++) {
      last =
          Jsoup.parse(codeStep(client, String.format("%06d", i)).body()).select("#messages").text();
    }

    assertThat(last).startsWith("Te veel mislukte inlogpogingen");
    FormClient later = new FormClient();
    HttpResponse<String> password = passwordStep(later, editor);
    assertThat(password.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(password.body()).select("#messages").text())
        .startsWith("Te veel mislukte inlogpogingen");
    assertThat(later.get("beheer/index.xhtml").statusCode()).isEqualTo(302);
  }

  private static java.net.http.HttpRequest basic(String path, String username, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return request(path).header("Authorization", "Basic " + token).GET().build();
  }
}
