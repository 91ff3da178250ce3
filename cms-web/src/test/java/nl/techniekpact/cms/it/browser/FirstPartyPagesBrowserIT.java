package nl.techniekpact.cms.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.SitePagesFixture;
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

  private static final String SITE_PAGE = "it-browser-contact";

  private static Browser browser;

  @BeforeAll
  static void startBrowserAndPublishASitePage() throws Exception {
    SitePagesFixture.published(
        SITE_PAGE,
        "{\"title\":{\"nl\":\"Contact\",\"en\":\"Contact us\"},"
            + "\"body\":{\"nl\":\"<h2>Adres</h2><p>Schrijf ons via "
            + "<a href=\\\"mailto:info@example.org\\\">info@example.org</a>.</p>"
            + "<ul><li>Bedrijfsleven</li><li>Onderwijs</li></ul>\"},"
            + "\"in-footer\":true}");
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowserAndDeleteTheSitePage() throws Exception {
    if (browser != null) {
      browser.close();
    }
    SitePagesFixture.delete(SITE_PAGE);
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
