package nl.techniekpact.cms.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.techniekpact.cms.it.ApiToken;
import nl.techniekpact.cms.it.DeployedCms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Every page type of the first-party plugins in Chromium: axe-core (WCAG 2.1 AA) in Dutch and
 * English, screenshots at phone and desktop widths in {@code target/screenshots/}. The site-pages
 * plugin's page is one this test publishes (linked in the footer) and deletes again.
 */
class FirstPartyPagesBrowserIT extends DeployedCms {

  private static final ApiToken ADMIN = ApiToken.of("admin", "it-admin-Secret-2026");
  private static final String SITE_PAGE = "api/v1/content/site-pages/page/" + "it-browser-contact";

  private static Browser browser;

  @BeforeAll
  static void startBrowserAndPublishASitePage() throws Exception {
    HttpResponse<String> created =
        send(
            request("api/v1/content/site-pages/page")
                .header("Authorization", ADMIN.header())
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"slug\":\"it-browser-contact\",\"fields\":{"
                            + "\"title\":{\"nl\":\"Contact\",\"en\":\"Contact us\"},"
                            + "\"body\":{\"nl\":\"<h2>Adres</h2><p>Schrijf ons via "
                            + "<a href=\\\"mailto:info@example.org\\\">info@example.org</a>.</p>"
                            + "<ul><li>Bedrijfsleven</li><li>Onderwijs</li></ul>\"},"
                            + "\"in-footer\":true}}"))
                .build());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    HttpResponse<String> published =
        send(
            request(SITE_PAGE + "/publication")
                .header("Authorization", ADMIN.header())
                .header("Content-Type", "application/json")
                .header("If-Match", created.headers().firstValue("ETag").orElseThrow())
                .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"PUBLISHED\"}"))
                .build());
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowserAndDeleteTheSitePage() throws Exception {
    if (browser != null) {
      browser.close();
    }
    HttpResponse<String> current =
        send(request(SITE_PAGE).header("Authorization", ADMIN.header()).GET().build());
    if (current.statusCode() == 200) {
      send(
          request(SITE_PAGE)
              .header("Authorization", ADMIN.header())
              .header("If-Match", current.headers().firstValue("ETag").orElseThrow())
              .DELETE()
              .build());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cases",
        "cases?region=zuid-nederland&level=mbo",
        "cases/make-it-move",
        "regio",
        "regio/zuid-nederland",
        "ambassadeurs",
        "ambassadeurs/doekle-terpstra",
        "pagina/it-browser-contact"
      })
  void pageHasNoWcag21AaViolationsInDutchOrEnglishReflowsAndIsScreenshotted(String path)
      throws Exception {
    browser.open(uri(path).toString());
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
    assertThat(browser.accessibilityViolations()).as(path).isEmpty();

    browser.open(uri(path + (path.contains("?") ? "&" : "?") + "lang=en").toString());
    assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"))
        .isEqualTo("en");
    assertThat(browser.accessibilityViolations()).as(path + " in English").isEmpty();

    String name = path.replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
    browser.open(uri(path).toString());
    // screenshots first, so that a failed reflow check leaves a picture of it
    Path phone = browser.screenshot("plugin-" + name, Browser.PHONE);
    Path desktop = browser.screenshot("plugin-" + name, Browser.DESKTOP);
    assertThat(browser.horizontalOverflow(Browser.PHONE)).as(path + " on a phone").isZero();
    assertThat(browser.horizontalOverflow(Browser.DESKTOP)).as(path + " on a desktop").isZero();
    assertThat(Files.size(phone)).isPositive();
    assertThat(Files.size(desktop)).isPositive();
  }
}
