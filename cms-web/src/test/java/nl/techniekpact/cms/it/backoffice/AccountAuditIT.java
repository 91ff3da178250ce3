package nl.techniekpact.cms.it.backoffice;

import static nl.techniekpact.cms.it.backoffice.AccountScreensIT.create;
import static nl.techniekpact.cms.it.backoffice.AccountScreensIT.disable;
import static nl.techniekpact.cms.it.backoffice.AccountScreensIT.uniqueName;
import static nl.techniekpact.cms.it.security.SecurityITAccounts.ADMIN_PASSWORD;
import static nl.techniekpact.cms.it.security.SecurityITAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.techniekpact.cms.it.ApiToken;
import nl.techniekpact.cms.it.AuditEntries;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.FormClient;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * What happens to accounts is in the audit log (ADR 0051): the administrator's actions and the
 * account's own, with who did it and never a secret; only administrators read these entries; and an
 * administrator revokes another account's API token on its page.
 */
class AccountAuditIT extends DeployedCms {

  private static final String NEW_PASSWORD = "it-Audited-Secret-2026";
  private static final ApiToken ADMIN = ApiToken.of("admin", ADMIN_PASSWORD);
  private static final ApiToken EDITOR = ApiToken.of(SecurityITAccounts.EDITOR, PASSWORD);

  @Test
  void theAdministratorsActionsOnAnAccountAreRecordedInOrderByTheAdministrator() throws Exception {
    FormClient admin = new FormClient().signIn("admin", ADMIN_PASSWORD);
    String username = uniqueName("it-audited");
    create(admin, username, NEW_PASSWORD, "national-editor", null);
    Document form = admin.page("beheer/accounts/edit.xhtml?username=" + username);
    admin.submit(
        form.selectFirst("form#account"),
        Map.of("account:displayName", "Renamed " + username, "account:save", ""));
    form = admin.page("beheer/accounts/edit.xhtml?username=" + username);
    Document reset =
        Jsoup.parse(
            admin.submit(form.selectFirst("form#account"), Map.of("account:reset", "")).body());
    String resetPassword = reset.select("#new-password").text();
    admin.submit(
        admin.page("beheer/accounts/edit.xhtml?username=" + username).selectFirst("form#account"),
        Map.of("account:endSessions", ""));
    disable(admin, username);

    List<JsonObject> entries = entriesOf(username);

    assertThat(entries.stream().map(e -> e.getString("action")))
        .as("newest first")
        .containsExactly("disable", "sessions-end", "password-reset", "update", "create");
    assertThat(entries).allSatisfy(e -> assertThat(e.getString("actor")).isEqualTo("admin"));
    assertThat(entries.get(4).getString("detail"))
        .isEqualTo("name=Screen " + username + "; roles=national-editor; regions=");
    assertThat(entries.get(3).getString("detail"))
        .isEqualTo(
            "name=Renamed "
                + username
                + "; roles=national-editor; regions= (was name=Screen "
                + username
                + "; roles=national-editor; regions=)");
    assertThat(resetPassword).isNotBlank();
    assertThat(entries.toString()).doesNotContain(resetPassword).doesNotContain(NEW_PASSWORD);
  }

  @Test
  void anAccountsOwnPasswordSessionsAndTokensAreRecordedByItWithoutTheSecrets() throws Exception {
    FormClient admin = new FormClient().signIn("admin", ADMIN_PASSWORD);
    String username = uniqueName("it-own");
    create(admin, username, NEW_PASSWORD, "national-editor", null);
    String next = NEW_PASSWORD + "-next";
    FormClient own = new FormClient().signIn(username, NEW_PASSWORD);
    own.changeOwnPassword(NEW_PASSWORD, next);
    own.submit(
        own.page("beheer/account.xhtml").selectFirst("form#sessions"),
        Map.of("sessions:password", next, "sessions:endOthers", ""));
    HttpResponse<String> issued =
        send(
            request("api/v1/me/tokens")
                .header("Authorization", ApiToken.basic(username, next))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"partner feed\"}"))
                .build());
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    JsonObject token = json(issued.body());
    HttpResponse<String> revoked =
        send(
            request("api/v1/me/tokens/" + token.getInt("id"))
                .header("Authorization", "Bearer " + token.getString("token"))
                .DELETE()
                .build());
    assertThat(revoked.statusCode()).isEqualTo(204);

    List<JsonObject> entries = entriesOf(username);

    assertThat(entries.stream().map(e -> e.getString("action") + " by " + e.getString("actor")))
        .containsExactly(
            "token-revoke by " + username,
            "token-issue by " + username,
            "sessions-end by " + username,
            "password-change by " + username,
            "create by admin");
    assertThat(entries.get(0).getString("detail")).isEqualTo("partner feed");
    assertThat(entries.get(1).getString("detail")).isEqualTo("partner feed");
    assertThat(entries.toString())
        .doesNotContain(token.getString("token"))
        .doesNotContain(next)
        .doesNotContain(NEW_PASSWORD);
  }

  @Test
  void onlyAdministratorsReadTheEntriesOnAccounts() throws Exception {
    assertThat(total(EDITOR, "api/v1/audit?type=account")).isZero();
    assertThat(total(EDITOR, "api/v1/audit?item=" + SecurityITAccounts.EDITOR)).isZero();
    assertThat(total(ADMIN, "api/v1/audit?type=account")).isPositive();
    assertThat(total(ADMIN, "api/v1/audit?type=account&item=admin&action=create"))
        .as("the first administrator, created by the CMS itself on its first start")
        .isEqualTo(1);
    assertThat(
            entries(ADMIN, "api/v1/audit?type=account&item=admin&action=create")
                .get(0)
                .getString("actor"))
        .isEqualTo("system");

    Document editorsLog =
        new FormClient().signIn(SecurityITAccounts.EDITOR, PASSWORD).page("beheer/audit.xhtml");
    Document adminsLog =
        new FormClient().signIn("admin", ADMIN_PASSWORD).page("beheer/audit.xhtml?type=account");

    assertThat(editorsLog.select("select[name='audit:action'] option").eachAttr("value"))
        .doesNotContain("password-reset", "token-issue");
    assertThat(editorsLog.select(".audit-action").eachAttr("data-action"))
        .doesNotContain("password-reset", "token-issue", "sessions-end");
    assertThat(adminsLog.select("select[name='audit:action'] option").eachAttr("value"))
        .contains("create", "token-issue");
    assertThat(adminsLog.select("[id='audit:type']").attr("value"))
        .as("the address's filter is in the form")
        .isEqualTo("account");
  }

  @Test
  void anAdministratorRevokesAnotherAccountsTokenOnItsPageAndTheLogSaysWho() throws Exception {
    FormClient admin = new FormClient().signIn("admin", ADMIN_PASSWORD);
    String username = uniqueName("it-leaked");
    create(admin, username, NEW_PASSWORD, "national-editor", null);
    String secret = ApiToken.of(username, NEW_PASSWORD).header();
    Document page = admin.page("beheer/accounts/edit.xhtml?username=" + username);
    assertThat(page.select("#accountTokens .token-name").eachText()).hasSize(1);
    assertThat(page.body().html()).doesNotContain(secret.substring("Bearer ".length()));
    assertThat(page.select("a#account-audit").attr("href"))
        .endsWith("/beheer/audit.xhtml?type=account&item=" + username);

    String revokeButton = page.select("#accountTokens button.revoke").attr("name");
    Document revoked =
        Jsoup.parse(
            admin.submit(page.selectFirst("form#accountTokens"), Map.of(revokeButton, "")).body());

    assertThat(revoked.select("#messages").text()).contains("is ingetrokken");
    assertThat(revoked.select("#accountTokens .token-name")).isEmpty();
    assertThat(
            send(request("api/v1/me").header("Authorization", secret).GET().build()).statusCode())
        .isEqualTo(401);
    assertThat(entriesOf(username).get(0).getString("action")).isEqualTo("token-revoke");
    assertThat(entriesOf(username).get(0).getString("actor")).isEqualTo("admin");
    Document log = admin.page("beheer/audit.xhtml?type=account&item=" + username);
    assertThat(log.select(".audit-item").eachText()).isNotEmpty().allMatch(username::equals);
    assertThat(log.select(".audit-action").eachText())
        .contains("API-token ingetrokken", "API-token gemaakt", "aangemaakt");
  }

  /** The administrator's view of an account's entries, newest first. */
  private static List<JsonObject> entriesOf(String username) throws Exception {
    return AuditEntries.ofAccount(ADMIN, username);
  }

  private static List<JsonObject> entries(ApiToken caller, String path) throws Exception {
    return AuditEntries.read(caller, path).getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static long total(ApiToken caller, String path) throws Exception {
    return AuditEntries.read(caller, path).getJsonNumber("total").longValue();
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
