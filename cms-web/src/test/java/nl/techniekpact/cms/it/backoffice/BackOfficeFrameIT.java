package nl.techniekpact.cms.it.backoffice;

import static nl.techniekpact.cms.it.security.SecurityITAccounts.ADMIN_PASSWORD;
import static nl.techniekpact.cms.it.security.SecurityITAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.FormClient;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The back-office frame: landmarks, navigation by role, language switch, CSP with nonces. */
class BackOfficeFrameIT extends DeployedCms {

  @Test
  void frameHasSkipLinkMainLandmarkAndTheSignedInUser() throws Exception {
    Document page = new FormClient().signIn("admin", ADMIN_PASSWORD).page("beheer/index.xhtml");

    assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#main");
    assertThat(page.select("main#main")).hasSize(1);
    assertThat(page.select("nav[aria-label]")).hasSize(1);
    assertThat(page.select("#signed-in-user").text()).isEqualTo("Ingelogd als Beheerder");
    assertThat(page.select("html").attr("lang")).isEqualTo("nl");
    assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
  }

  @Test
  void navigationShowsAnAdministratorTheAdministrationScreens() throws Exception {
    Document page = new FormClient().signIn("admin", ADMIN_PASSWORD).page("beheer/index.xhtml");

    assertThat(page.select("nav.bo-nav a").eachAttr("id"))
        .containsExactly(
            "nav-dashboard",
            "nav-cases",
            "nav-regions",
            "nav-ambassadors",
            "nav-plugin-content",
            "nav-organisations",
            "nav-pacts",
            "nav-media",
            "nav-audit",
            "nav-accounts",
            "nav-plugins",
            "nav-own-account");
    assertThat(page.select("#nav-dashboard").attr("aria-current")).isEqualTo("page");
    assertThat(page.select("#nav-accounts").hasAttr("aria-current")).isFalse();
  }

  @Test
  void navigationShowsARegionalEditorNoAdministrationScreens() throws Exception {
    Document page =
        new FormClient()
            .signIn(SecurityITAccounts.REGIONAL_EDITOR, PASSWORD)
            .page("beheer/index.xhtml");

    assertThat(page.select("nav.bo-nav a").eachAttr("id"))
        .doesNotContain("nav-accounts", "nav-plugins")
        .contains("nav-dashboard", "nav-media", "nav-own-account");
  }

  @Test
  void administrationScreensRefuseOtherRolesOnTheServer() throws Exception {
    FormClient regional = new FormClient().signIn(SecurityITAccounts.REGIONAL_EDITOR, PASSWORD);
    FormClient editor = new FormClient().signIn(SecurityITAccounts.EDITOR, PASSWORD);

    assertThat(regional.get("beheer/accounts/index.xhtml").statusCode()).isEqualTo(403);
    assertThat(regional.get("beheer/plugins/index.xhtml").statusCode()).isEqualTo(403);
    assertThat(editor.get("beheer/accounts/index.xhtml").statusCode()).isEqualTo(403);
    assertThat(regional.post("beheer/accounts/index.xhtml", Map.of("x", "y")).statusCode())
        .isEqualTo(403);
  }

  @Test
  void everyInlineScriptCarriesTheNonceOfTheResponsePolicy() throws Exception {
    FormClient client = new FormClient().signIn("admin", ADMIN_PASSWORD);
    HttpResponse<String> response = client.get("beheer/index.xhtml");

    String csp = String.join(",", response.headers().allValues("Content-Security-Policy"));
    assertThat(response.headers().allValues("Content-Security-Policy")).hasSize(1);
    Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(csp);
    assertThat(nonce.find()).as("a nonce in script-src: " + csp).isTrue();
    assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'");
    assertThat(csp.substring(csp.indexOf("script-src"))).doesNotContain("unsafe");
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("script:not([src])")).isNotEmpty();
    for (Element script : page.select("script:not([src])")) {
      assertThat(script.attr("nonce")).isEqualTo(nonce.group(1));
    }
    assertThat(page.select("[onclick], [onchange], [onsubmit], [onload]")).isEmpty();
  }

  @Test
  void publicPagesKeepOneStrictPolicyWithoutNonce() throws Exception {
    HttpResponse<String> response = get("");

    assertThat(response.headers().allValues("Content-Security-Policy"))
        .singleElement()
        .satisfies(
            csp ->
                assertThat(csp).contains("script-src 'self';").doesNotContain("nonce", "unsafe"));
  }

  @Test
  void languageSwitchIsAPostAndKeepsTheChoiceForTheSession() throws Exception {
    FormClient client = new FormClient().signIn("admin", ADMIN_PASSWORD);
    assertThat(client.page("beheer/index.xhtml?lang=en").select("html").attr("lang"))
        .as("a GET changes nothing")
        .isEqualTo("nl");
    Document page = client.page("beheer/index.xhtml");

    HttpResponse<String> switched = client.submit(page.selectFirst("form#language"), Map.of());

    assertThat(switched.statusCode()).isEqualTo(302);
    Document english = client.page("beheer/index.xhtml");
    assertThat(english.select("html").attr("lang")).isEqualTo("en");
    assertThat(english.select("#signed-in-user").text()).isEqualTo("Signed in as Beheerder");
    assertThat(english.select("#nav-dashboard").text()).isEqualTo("Overview");
    assertThat(english.select("form#language input[type=submit]").attr("value"))
        .isEqualTo("Nederlands");
  }
}
