package nl.techniekpact.cms.it.backoffice;

import static nl.techniekpact.cms.it.security.SecurityITAccounts.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.FormClient;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The account screens over HTTP as a browser submits them: create, edit, disable and enable, reset,
 * own password, refusals beside their fields. Accounts made here get unique names and are disabled
 * at the end (accounts are never deleted).
 */
class AccountScreensIT extends DeployedCms {

  private static final String NEW_PASSWORD = "it-Screens-Secret-2026";

  static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Creates an account through the screen as the administrator; returns the response. */
  static HttpResponse<String> create(
      FormClient admin, String username, String password, String role, String region)
      throws Exception {
    Document form = admin.page("beheer/accounts/edit.xhtml");
    Map<String, String> values = new HashMap<>();
    values.put("account:username", username);
    values.put("account:displayName", "Screen " + username);
    values.put("account:password", password);
    values.put("account:roles", role);
    if (region != null) {
      values.put("account:regions", region);
    }
    values.put("account:save", "");
    return admin.submit(form.selectFirst("form#account"), values);
  }

  static void disable(FormClient admin, String username) throws Exception {
    Document form = admin.page("beheer/accounts/edit.xhtml?username=" + username);
    admin.submit(form.selectFirst("form#account"), Map.of("account:disable", ""));
  }

  @Test
  void administratorCreatesAnAccountThatCanSignIn() throws Exception {
    FormClient admin = new FormClient().signIn("admin", ADMIN_PASSWORD);
    String username = uniqueName("it-screen");

    HttpResponse<String> created = create(admin, username, NEW_PASSWORD, "national-editor", null);

    assertThat(created.statusCode()).isEqualTo(302);
    assertThat(created.headers().firstValue("Location").orElse(""))
        .contains("/beheer/accounts/index.xhtml");
    Document list = admin.page("beheer/accounts/index.xhtml");
    assertThat(list.select("#messages").text()).contains(username);
    Document home = new FormClient().signIn(username, NEW_PASSWORD).page("beheer/index.xhtml");
    assertThat(home.select("#roles li").eachAttr("data-role")).containsExactly("national-editor");
    disable(admin, username);
    FormClient refused = new FormClient();
    refused.openLoginPage();
    assertThat(refused.submitLogin(username, NEW_PASSWORD).statusCode())
        .as("disabled: the login page answers again")
        .isEqualTo(200);
  }

  @Test
  void invalidInputIsRefusedBesideItsFieldAndNothingIsStored() throws Exception {
    FormClient admin = new FormClient().signIn("admin", ADMIN_PASSWORD);
    String username = uniqueName("it-refused");

    Document shortPassword =
        Jsoup.parse(create(admin, username, "short", "national-editor", null).body());
    Document taken =
        Jsoup.parse(
            create(admin, SecurityITAccounts.EDITOR, NEW_PASSWORD, "national-editor", null).body());
    Document noRegion =
        Jsoup.parse(create(admin, username, NEW_PASSWORD, "regional-editor", null).body());
    Document unknownRegion =
        Jsoup.parse(create(admin, username, NEW_PASSWORD, "regional-editor", "atlantis").body());

    assertThat(shortPassword.select("[id='account:password'] ~ .ui-message, .ui-message").text())
        .contains("minstens 12 tekens");
    assertThat(taken.select(".ui-message").text()).contains("bestaat al");
    assertThat(noRegion.select(".ui-message").text()).contains("minstens één regio");
    assertThat(unknownRegion.text())
        .as("a region that is not offered is refused, by JSF or the service")
        .containsAnyOf("gepubliceerde regio", "Validatiefout", "Validation Error", "niet geldig");
    assertThat(exists(admin, username)).isFalse();
  }

  /** Whether the account form finds an account (an unknown one sends back to the list). */
  static boolean exists(FormClient admin, String username) throws Exception {
    return admin.get("beheer/accounts/edit.xhtml?username=" + username).statusCode() == 200;
  }

  @Test
  void accountListShowsAccountsAndLinksToTheirForm() throws Exception {
    FormClient admin = new FormClient().signIn("admin", ADMIN_PASSWORD);

    Document list = admin.page("beheer/accounts/index.xhtml");

    assertThat(list.select("a.account-link").eachText()).contains("admin");
    Document form = admin.page("beheer/accounts/edit.xhtml?username=it-regional");
    assertThat(form.select("[id='account:displayName']").attr("value")).isEqualTo("Rita Regio");
    assertThat(form.select("input[name='account:regions']").eachAttr("value"))
        .as("the published regions are offered")
        .contains("noord-nederland", "zuid-nederland")
        .doesNotContain(nl.techniekpact.cms.it.api.ApiITHiddenContent.DRAFT_REGION);
  }

  @Test
  void administratorCannotDisableThemselves() throws Exception {
    FormClient admin = new FormClient().signIn("admin", ADMIN_PASSWORD);
    Document form = admin.page("beheer/accounts/edit.xhtml?username=admin");

    HttpResponse<String> response =
        admin.submit(form.selectFirst("form#account"), Map.of("account:disable", ""));

    assertThat(Jsoup.parse(response.body()).select("#messages").text())
        .contains("eigen account niet uitschakelen");
    assertThat(admin.page("beheer/index.xhtml").select("#welcome").text()).contains("Beheerder");
  }

  @Test
  void theLastSignInIsShownAndConflictsWithNoFormOpenMeanwhile() throws Exception {
    FormClient admin = new FormClient().signIn("admin", ADMIN_PASSWORD);
    String username = uniqueName("it-last");
    create(admin, username, NEW_PASSWORD, "national-editor", null);
    Document before = admin.page("beheer/accounts/edit.xhtml?username=" + username);
    assertThat(before.select("#account-last-signed-in").text()).contains("Nog niet");

    new FormClient().signIn(username, NEW_PASSWORD);
    HttpResponse<String> saved =
        admin.submit(
            before.selectFirst("form#account"),
            Map.of("account:displayName", "Saved after " + username, "account:save", ""));

    assertThat(saved.statusCode())
        .as(
            "a sign-in is no change that conflicts with the form opened before it: %s",
            Jsoup.parse(saved.body()).select("#messages, .ui-message").text())
        .isEqualTo(302);
    Document after = admin.page("beheer/accounts/edit.xhtml?username=" + username);
    assertThat(after.select("[id='account:displayName']").attr("value"))
        .isEqualTo("Saved after " + username);
    assertThat(after.select("#account-last-signed-in").text())
        .startsWith("Laatst aangemeld:")
        .doesNotContain("Nog niet");
  }

  @Test
  void resetPasswordShowsANewPasswordOnceThatSignsIn() throws Exception {
    FormClient admin = new FormClient().signIn("admin", ADMIN_PASSWORD);
    String username = uniqueName("it-reset");
    create(admin, username, NEW_PASSWORD, "national-editor", null);
    Document form = admin.page("beheer/accounts/edit.xhtml?username=" + username);

    Document reset =
        Jsoup.parse(
            admin.submit(form.selectFirst("form#account"), Map.of("account:reset", "")).body());

    String generated = reset.select("#new-password").text();
    assertThat(generated).hasSizeGreaterThanOrEqualTo(12);
    assertThat(
            admin.page("beheer/accounts/edit.xhtml?username=" + username).select("#new-password"))
        .as("shown once")
        .isEmpty();
    new FormClient().signIn(username, generated);
    disable(admin, username);
  }

  @Test
  void ownPasswordChangeNeedsTheCurrentPassword() throws Exception {
    FormClient admin = new FormClient().signIn("admin", ADMIN_PASSWORD);
    String username = uniqueName("it-own");
    create(admin, username, NEW_PASSWORD, "regional-editor", "noord-nederland");
    FormClient user = new FormClient().signIn(username, NEW_PASSWORD);
    String changed = "it-Changed-Secret-2026";

    Document wrong = Jsoup.parse(changePassword(user, "wrong-password-1", changed, changed).body());
    Document mismatch =
        Jsoup.parse(changePassword(user, NEW_PASSWORD, changed, changed + "x").body());
    Document weak = Jsoup.parse(changePassword(user, NEW_PASSWORD, "short", "short").body());
    HttpResponse<String> done = changePassword(user, NEW_PASSWORD, changed, changed);

    assertThat(wrong.select(".ui-message").text()).contains("huidige wachtwoord klopt niet");
    assertThat(mismatch.select(".ui-message").text()).contains("niet gelijk");
    assertThat(weak.select(".ui-message").text()).contains("minstens 12 tekens");
    assertThat(done.statusCode()).isEqualTo(302);
    assertThat(user.page("beheer/account.xhtml").select("#messages").text()).contains("gewijzigd");
    new FormClient().signIn(username, changed);
    FormClient old = new FormClient();
    old.openLoginPage();
    assertThat(old.submitLogin(username, NEW_PASSWORD).statusCode()).isEqualTo(200);
    disable(admin, username);
  }

  @Test
  void wrongCurrentPasswordsLockThePasswordFormLikeLogins() throws Exception {
    FormClient admin = new FormClient().signIn("admin", ADMIN_PASSWORD);
    String username = uniqueName("it-guess");
    create(admin, username, NEW_PASSWORD, "regional-editor", "noord-nederland");
    FormClient user = new FormClient().signIn(username, NEW_PASSWORD);
    String changed = "it-Changed-Secret-2026";

    // five failures per username lock it (the default), as on the login form
    for (int i = 1; i <= 5; i++) {
      changePassword(user, "wrong-guess-" + i, changed, changed);
    }
    Document right = Jsoup.parse(changePassword(user, NEW_PASSWORD, changed, changed).body());

    assertThat(right.select(".ui-message").text()).contains("Te veel mislukte");
    FormClient again = new FormClient();
    again.openLoginPage();
    assertThat(again.submitLogin(username, changed).body())
        .as("the password was not changed, and the username is locked")
        .contains("Te veel mislukte");
    disable(admin, username);
  }

  static HttpResponse<String> changePassword(
      FormClient user, String current, String next, String repeated) throws Exception {
    Document page = user.page("beheer/account.xhtml");
    return user.submit(
        page.selectFirst("form#ownPassword"),
        Map.of(
            "ownPassword:currentPassword", current,
            "ownPassword:password", next,
            "ownPassword:repeated", repeated,
            "ownPassword:submit", ""));
  }

  @Test
  void apiTokenIsShownOnceWorksAndStopsWhenRevoked() throws Exception {
    FormClient user =
        new FormClient().signIn(SecurityITAccounts.EDITOR, SecurityITAccounts.PASSWORD);
    Document page = user.page("beheer/account.xhtml");
    String name = uniqueName("screen token");
    Document refused =
        Jsoup.parse(
            user.submit(
                    page.selectFirst("form#tokens"),
                    Map.of(
                        "tokens:name", name,
                        "tokens:password", "not-my-password-1",
                        "tokens:create", ""))
                .body());
    assertThat(refused.select(".ui-message").text())
        .as("a token outlives the session: the password is asked (ADR 0049)")
        .contains("huidige wachtwoord klopt niet");
    assertThat(refused.select("#token-secret")).isEmpty();

    Document created =
        Jsoup.parse(
            user.submit(
                    refused.selectFirst("form#tokens"),
                    Map.of(
                        "tokens:name",
                        name,
                        "tokens:password",
                        SecurityITAccounts.PASSWORD,
                        "tokens:create",
                        ""))
                .body());

    String secret = created.select("#token-secret").text();
    assertThat(secret).startsWith("tpk_");
    assertThat(me(secret).statusCode()).isEqualTo(200);
    Document again = user.page("beheer/account.xhtml");
    assertThat(again.select("#token-secret")).as("shown once").isEmpty();
    assertThat(again.select(".token-name").eachText()).contains(name);
    assertThat(again.body().html()).doesNotContain(secret);

    String revokeButton =
        again.select("tr:has(.token-name:containsOwn(" + name + ")) button.revoke").attr("name");
    HttpResponse<String> revoked =
        user.submit(again.selectFirst("form#tokens"), Map.of(revokeButton, ""));

    assertThat(Jsoup.parse(revoked.body()).select(".token-name").eachText()).doesNotContain(name);
    assertThat(me(secret).statusCode()).isEqualTo(401);
  }

  private static HttpResponse<String> me(String token) throws Exception {
    return send(request("api/v1/me").header("Authorization", "Bearer " + token).GET().build());
  }

  @Test
  void aForgedPostWithoutTheViewStateCreatesNothing() throws Exception {
    FormClient admin = new FormClient().signIn("admin", ADMIN_PASSWORD);
    String username = uniqueName("it-forged");
    admin.page("beheer/accounts/edit.xhtml");

    HttpResponse<String> forged =
        admin.post(
            "beheer/accounts/edit.xhtml",
            Map.of(
                "account", "account",
                "account:username", username,
                "account:displayName", "Forged",
                "account:password", NEW_PASSWORD,
                "account:roles", "administrator",
                "account:save", ""));

    assertThat(forged.statusCode()).isNotEqualTo(302);
    assertThat(exists(admin, username)).isFalse();
  }

  @Test
  void aNonAdministratorCannotUseTheAccountService() throws Exception {
    FormClient editor =
        new FormClient().signIn(SecurityITAccounts.EDITOR, SecurityITAccounts.PASSWORD);

    assertThat(editor.get("beheer/accounts/edit.xhtml?username=admin").statusCode()).isEqualTo(403);
  }
}
