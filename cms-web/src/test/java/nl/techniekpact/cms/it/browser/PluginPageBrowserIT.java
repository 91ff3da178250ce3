package nl.techniekpact.cms.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.DropIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The example plugin's public page in a real browser: framed by the site, styled, accessible. */
class PluginPageBrowserIT extends DeployedCms {

  private static final String PAGE = "p/example-internships/places";

  private static Browser browser;

  @BeforeAll
  static void installAndStartBrowser() {
    assertThat(DropIn.install("internships").done()).isTrue();
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowserAndRemove() {
    if (browser != null) {
      browser.close();
    }
    DropIn.removeQuietly("example-internships");
  }

  @Test
  void placesPageShowsThePlacesPerRegionInTheSiteFrameWithThePluginsStyleSheet() {
    browser.open(uri(PAGE).toString());

    assertThat(browser.driver().getTitle()).isEqualTo("Stage- en leerbanen – Techniekpact");
    assertThat(browser.driver().findElement(By.cssSelector("header.site-header"))).isNotNull();
    assertThat(browser.driver().findElement(By.tagName("h1")).getText())
        .contains("Stage- en leerbanen");
    assertThat(browser.driver().findElements(By.cssSelector(".plugin-internships-page .place")))
        .hasSizeGreaterThanOrEqualTo(6);
    Object styled =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return getComputedStyle(document.querySelector('.place')).borderLeftWidth");
    assertThat(styled).isEqualTo("4px");
  }

  @Test
  void placesPageHasNoWcag21AaViolationsInDutchOrEnglish() {
    browser.open(uri(PAGE).toString());
    assertThat(browser.accessibilityViolations()).isEmpty();

    browser.open(uri(PAGE + "?lang=en").toString());
    assertThat(browser.accessibilityViolations()).isEmpty();
  }

  @Test
  void placesPageIsScreenshottedAtPhoneAndDesktopWidths() throws Exception {
    browser.open(uri(PAGE).toString());

    Path phone = browser.screenshot("plugin-places", Browser.PHONE);
    Path desktop = browser.screenshot("plugin-places", Browser.DESKTOP);

    assertThat(Files.size(phone)).isPositive();
    assertThat(Files.size(desktop)).isPositive();
  }
}
