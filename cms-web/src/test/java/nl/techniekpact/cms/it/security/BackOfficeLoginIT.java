package nl.techniekpact.cms.it.security;

import static nl.techniekpact.cms.it.security.SecurityITAccounts.ADMIN_PASSWORD;
import static nl.techniekpact.cms.it.security.SecurityITAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.FormClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Form login to the back office, logout, and what the login page refuses. */
class BackOfficeLoginIT extends DeployedCms {

  @Test
  void backOfficeWithoutLoginRedirectsToTheLoginPage() throws Exception {
    HttpResponse<String> response = get("beheer/index.xhtml");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login.xhtml"));
  }

  @Test
  void loginPageIsADutchFormWithViewStateAndNoInlineScript() throws Exception {
    HttpResponse<String> response = get("login.xhtml");

    assertThat(response.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("html").attr("lang")).isEqualTo("nl");
    assertThat(page.select("h1").text()).isEqualTo("Inloggen bij het beheer");
    assertThat(page.select("label[for=login:username]").text()).isEqualTo("Gebruikersnaam");
    assertThat(page.select("input[name=jakarta.faces.ViewState]")).hasSize(1);
    assertThat(page.select("script:not([src])")).isEmpty();
    assertThat(page.select("[onclick], [onsubmit]")).isEmpty();
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
  }

  @Test
  void loginPageIsInEnglishOnRequest() throws Exception {
    Document page = Jsoup.parse(get("login.xhtml?lang=en").body());

    assertThat(page.select("h1").text()).isEqualTo("Log in to the back office");
  }

  @Test
  void formLoginLeadsToTheBackOfficeAndLogoutEndsTheSession() throws Exception {
    FormClient visitor = new FormClient();
    String anonymousSession = visitor.openLoginPage();

    HttpResponse<String> login = visitor.submitLogin("admin", ADMIN_PASSWORD);

    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/beheer/index.xhtml"));
    assertThat(visitor.sessionId())
        .as("a new session id after login")
        .isNotEqualTo(anonymousSession);
    String sessionCookie =
        login.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("TPSESSION="))
            .findFirst()
            .orElseThrow();
    assertThat(sessionCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");

    HttpResponse<String> home = visitor.get("beheer/index.xhtml");
    assertThat(home.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(home.body());
    assertThat(page.select("#welcome").text()).isEqualTo("Welkom, Beheerder");
    assertThat(page.select("#roles li").eachAttr("data-role"))
        .containsExactly("administrator", "plugin-admin");

    HttpResponse<String> logout = visitor.submit(page.selectFirst("form#logout"), Map.of());
    assertThat(logout.statusCode()).isEqualTo(302);
    assertThat(logout.headers().firstValue("Location"))
        .hasValueSatisfying(
            location -> assertThat(location).contains("/login.xhtml?loggedOut=true"));
    assertThat(visitor.get("beheer/index.xhtml").statusCode())
        .as("the back office needs a new login")
        .isEqualTo(302);
  }

  @Test
  void editorWithAnotherRoleSeesTheirRole() throws Exception {
    FormClient visitor = new FormClient();
    visitor.openLoginPage();

    assertThat(visitor.submitLogin(SecurityITAccounts.REGIONAL_EDITOR, PASSWORD).statusCode())
        .isEqualTo(302);
    Document page = Jsoup.parse(visitor.get("beheer/index.xhtml").body());
    assertThat(page.select("#roles li").eachAttr("data-role")).containsExactly("regional-editor");
    assertThat(page.select("#regions li").text()).isEqualTo(SecurityITAccounts.REGION);
  }

  @Test
  void wrongPasswordShowsAClearMessageAndStaysOnTheLoginPage() throws Exception {
    FormClient visitor = new FormClient();
    visitor.openLoginPage();

    HttpResponse<String> response =
        visitor.submitLogin(SecurityITAccounts.EDITOR, "not-the-password");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(response.body()).select("#messages").text())
        .isEqualTo("De gebruikersnaam of het wachtwoord is onjuist.");
    assertThat(visitor.get("beheer/index.xhtml").statusCode()).isEqualTo(302);
  }

  @Test
  void emptyUsernameOrPasswordShowsAClearMessage() throws Exception {
    FormClient visitor = new FormClient();
    visitor.openLoginPage();

    HttpResponse<String> response = visitor.submitLogin("", "");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(response.body()).select("#messages").text())
        .isEqualTo("Vul uw gebruikersnaam en wachtwoord in.");
    visitor.openLoginPage();
    assertThat(visitor.submitLogin("admin", "").statusCode()).isEqualTo(200);
    assertThat(visitor.get("beheer/index.xhtml").statusCode()).isEqualTo(302);
  }

  @Test
  void disabledAccountCannotLogIn() throws Exception {
    FormClient visitor = new FormClient();
    visitor.openLoginPage();

    HttpResponse<String> response = visitor.submitLogin(SecurityITAccounts.DISABLED, PASSWORD);

    assertThat(Jsoup.parse(response.body()).select("#messages").text())
        .isEqualTo("De gebruikersnaam of het wachtwoord is onjuist.");
    assertThat(visitor.get("beheer/index.xhtml").statusCode()).isEqualTo(302);
  }

  @Test
  void repeatedFailuresShowTheLockoutOnTheLoginPage() throws Exception {
    FormClient visitor = new FormClient();
    String message = "";
    for (int i = 0; i < 5; i++) {
      visitor.openLoginPage();
      message =
          Jsoup.parse(visitor.submitLogin(SecurityITAccounts.LOCKED_IN_FORM, "wrong-" + i).body())
              .select("#messages")
              .text();
    }

    assertThat(message).startsWith("Te veel mislukte inlogpogingen.");
    visitor.openLoginPage();
    assertThat(visitor.submitLogin(SecurityITAccounts.LOCKED_IN_FORM, PASSWORD).statusCode())
        .as("the right password does not help while locked")
        .isEqualTo(200);
    assertThat(visitor.get("beheer/index.xhtml").statusCode()).isEqualTo(302);
  }

  @Test
  void loginWithoutViewStateIsRefused() throws Exception {
    FormClient visitor = new FormClient();
    visitor.openLoginPage();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login", "login");
    fields.put("login:username", "admin");
    fields.put("login:password", ADMIN_PASSWORD);
    fields.put("login:submit", "Inloggen");

    HttpResponse<String> response = visitor.post("login.xhtml", fields);

    assertThat(response.statusCode()).isNotEqualTo(302);
    assertThat(visitor.get("beheer/index.xhtml").statusCode()).isEqualTo(302);
  }
}
