package nl.techniekpact.cms.it.backoffice;

import static nl.techniekpact.cms.it.backoffice.AccountScreensIT.changePassword;
import static nl.techniekpact.cms.it.backoffice.AccountScreensIT.create;
import static nl.techniekpact.cms.it.backoffice.AccountScreensIT.disable;
import static nl.techniekpact.cms.it.backoffice.AccountScreensIT.uniqueName;
import static nl.techniekpact.cms.it.security.SecurityITAccounts.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.FormClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Ending an account's back-office sessions (ADR 0049) over HTTP: a new password, "Overal elders
 * afmelden" (after the current password), an administrator's "Overal afmelden", a reset and a
 * disabled account end the sessions in other browsers at their next request, with a message on the
 * login page; the session that made the change stays. Each test has its own account, disabled at
 * the end.
 */
class SessionEndingIT extends DeployedCms {

  private static final String PASSWORD = "it-Sessions-Secret-2026";

  private static final String ENDED = "/login.xhtml?ended=true";

  private static FormClient signedIn(String username) throws Exception {
    return new FormClient().signIn(username, PASSWORD);
  }

  private static String newEditor(FormClient admin) throws Exception {
    String username = uniqueName("it-sessions");
    assertThat(create(admin, username, PASSWORD, "national-editor", null).statusCode())
        .isEqualTo(302);
    return username;
  }

  private static void assertSignedIn(FormClient client, String why) throws Exception {
    assertThat(client.get("beheer/index.xhtml").statusCode()).as(why).isEqualTo(200);
  }

  private static void assertEnded(FormClient client, String why) throws Exception {
    HttpResponse<String> next = client.get("beheer/index.xhtml");
    assertThat(next.statusCode()).as(why).isEqualTo(302);
    assertThat(next.headers().firstValue("Location"))
        .as(why)
        .hasValueSatisfying(l -> assertThat(l).endsWith(ENDED));
  }

  private static HttpResponse<String> adminAction(FormClient admin, String username, String button)
      throws Exception {
    Document form = admin.page("beheer/accounts/edit.xhtml?username=" + username);
    return admin.submit(form.selectFirst("form#account"), Map.of("account:" + button, ""));
  }

  @Test
  void aNewPasswordEndsTheOtherSessionsAndKeepsTheOneThatChangedIt() throws Exception {
    FormClient admin = new FormClient().signIn("admin", ADMIN_PASSWORD);
    String editor = newEditor(admin);
    FormClient laptop = signedIn(editor);
    FormClient phone = signedIn(editor);
    String before = laptop.sessionId();
    String changed = "it-Sessions-Changed-2026";

    HttpResponse<String> done = changePassword(laptop, PASSWORD, changed, changed);

    assertThat(done.statusCode()).isEqualTo(302);
    assertThat(laptop.sessionId()).as("the session kept gets a new id").isNotEqualTo(before);
    HttpResponse<String> oldId =
        send(request("beheer/index.xhtml").header("Cookie", "TPSESSION=" + before).GET().build());
    assertThat(oldId.statusCode()).as("the id before the change is dead").isEqualTo(302);
    assertThat(laptop.page("beheer/account.xhtml").select("#messages").text())
        .isEqualTo(
            "Uw wachtwoord is gewijzigd. U bent afgemeld in alle andere browsers en op alle"
                + " andere apparaten.");
    assertSignedIn(laptop, "the session that changed the password stays");
    assertEnded(phone, "the other session ends at its next request");
    Document login = phone.page(ENDED.substring(1));
    assertThat(login.select("#session-ended").text()).startsWith("Uw sessie is beëindigd");
    assertThat(phone.get("beheer/index.xhtml").headers().firstValue("Location"))
        .as("ended once: from then on it is just a visitor without a session")
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml"));
    signedInAgainWith(editor, changed);
    disable(admin, editor);
  }

  private static void signedInAgainWith(String editor, String password) throws Exception {
    assertSignedIn(new FormClient().signIn(editor, password), "the editor signs in again");
  }

  @Test
  void signingOutEverywhereElseEndsOnlyTheEditorsOtherSessions() throws Exception {
    FormClient admin = new FormClient().signIn("admin", ADMIN_PASSWORD);
    String editor = newEditor(admin);
    String colleague = newEditor(admin);
    FormClient here = signedIn(editor);
    FormClient elsewhere = signedIn(editor);
    FormClient other = signedIn(colleague);
    Document account = here.page("beheer/account.xhtml");
    assertThat(account.select("#sessions-heading").text())
        .isEqualTo("Aangemeld op andere apparaten");

    Document wrong =
        Jsoup.parse(
            here.submit(
                    account.selectFirst("form#sessions"),
                    Map.of("sessions:password", "not-my-password-1", "sessions:endOthers", ""))
                .body());
    assertThat(wrong.select(".ui-message").text()).contains("huidige wachtwoord klopt niet");
    assertSignedIn(elsewhere, "a wrong password ends nothing");

    HttpResponse<String> done =
        here.submit(
            wrong.selectFirst("form#sessions"),
            Map.of("sessions:password", PASSWORD, "sessions:endOthers", ""));

    assertThat(done.statusCode()).isEqualTo(302);
    assertThat(here.page("beheer/account.xhtml").select("#messages").text())
        .isEqualTo("U bent afgemeld in alle andere browsers en op alle andere apparaten.");
    assertSignedIn(here, "this session stays");
    assertEnded(elsewhere, "the editor's other session ends");
    assertSignedIn(other, "another account's session is not touched");
    signedInAgainWith(editor, PASSWORD);
    disable(admin, editor);
    disable(admin, colleague);
  }

  @Test
  void anAdministratorSignsAnAccountOutEverywhereAndItsApiTokensStayValid() throws Exception {
    FormClient admin = new FormClient().signIn("admin", ADMIN_PASSWORD);
    String editor = newEditor(admin);
    FormClient laptop = signedIn(editor);
    FormClient phone = signedIn(editor);
    Document account = laptop.page("beheer/account.xhtml");
    String token =
        Jsoup.parse(
                laptop
                    .submit(
                        account.selectFirst("form#tokens"),
                        Map.of(
                            "tokens:name",
                            "script",
                            "tokens:password",
                            PASSWORD,
                            "tokens:create",
                            ""))
                    .body())
            .select("#token-secret")
            .text();
    assertThat(token).startsWith("tpk_");

    HttpResponse<String> done = adminAction(admin, editor, "endSessions");

    assertThat(Jsoup.parse(done.body()).select(".bo-messages").text())
        .startsWith(editor + " is overal afgemeld");
    assertEnded(laptop, "every session of the account ends");
    assertEnded(phone, "every session of the account ends");
    assertSignedIn(admin, "the administrator's own session stays");
    HttpResponse<String> api =
        send(request("api/v1/me").header("Authorization", "Bearer " + token).GET().build());
    assertThat(api.statusCode()).as("API tokens are not sessions").isEqualTo(200);
    Document own = admin.page("beheer/accounts/edit.xhtml?username=admin");
    assertThat(own.select("[id$=endSessions], [id$=reset]"))
        .as("not offered for the administrator's own account: that is on Mijn account")
        .isEmpty();
    disable(admin, editor);
  }

  @Test
  void aPasswordResetEndsTheAccountsSessions() throws Exception {
    FormClient admin = new FormClient().signIn("admin", ADMIN_PASSWORD);
    String editor = newEditor(admin);
    FormClient laptop = signedIn(editor);

    Document reset = Jsoup.parse(adminAction(admin, editor, "reset").body());

    assertThat(reset.select("#new-password").text()).hasSizeGreaterThanOrEqualTo(12);
    assertSignedIn(admin, "the administrator's own session stays");
    assertEnded(laptop, "a session signed in with the old password ends");
    disable(admin, editor);
  }

  @Test
  void aDisabledAccountsSessionStaysEndedWhenTheAccountIsEnabledAgain() throws Exception {
    FormClient admin = new FormClient().signIn("admin", ADMIN_PASSWORD);
    String editor = newEditor(admin);
    FormClient laptop = signedIn(editor);

    assertThat(
            Jsoup.parse(adminAction(admin, editor, "disable").body())
                .select("#account-state")
                .text())
        .endsWith("Uitgeschakeld");
    assertThat(
            Jsoup.parse(adminAction(admin, editor, "enable").body())
                .select("#account-state")
                .text())
        .endsWith("Actief");

    assertEnded(laptop, "a session left idle while the account was disabled does not come back");
    signedInAgainWith(editor, PASSWORD);
    disable(admin, editor);
  }

  @Test
  void anAjaxRequestOfAnEndedSessionIsSentToTheLoginPageInItsOwnFormat() throws Exception {
    FormClient admin = new FormClient().signIn("admin", ADMIN_PASSWORD);
    String editor = newEditor(admin);
    FormClient laptop = signedIn(editor);
    adminAction(admin, editor, "endSessions");

    HttpResponse<String> ajax =
        send(
            request("beheer/account.xhtml")
                .header("Cookie", "TPSESSION=" + laptop.sessionId())
                .header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "jakarta.faces.partial.ajax=true"))
                .build());

    assertThat(ajax.statusCode()).isEqualTo(200);
    assertThat(ajax.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/xml"));
    assertThat(ajax.body()).contains("<partial-response><redirect url=\"").contains(ENDED + "\"/>");
    disable(admin, editor);
  }
}
