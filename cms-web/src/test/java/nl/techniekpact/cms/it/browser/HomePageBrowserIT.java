package nl.techniekpact.cms.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.techniekpact.cms.it.DeployedCms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

class HomePageBrowserIT extends DeployedCms {

  private static Browser browser;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void homePageLoadsInChromiumInDutch() {
    browser.open(uri("").toString());

    assertThat(browser.driver().getTitle()).contains("Techniekpact");
    assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"))
        .isEqualTo("nl");
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
  }

  @Test
  void chromiumGetsTheKeptHomePageGzippedAndShowsIt() {
    String page = uri("?it=gzip-browser-" + System.nanoTime()).toString();
    browser.open(page); // the miss that keeps it
    browser.open(page); // a hit

    List<?> sizes =
        (List<?>)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "const n = performance.getEntriesByType('navigation')[0];"
                        + " return [n.encodedBodySize, n.decodedBodySize];");
    long onTheWire = ((Number) sizes.get(0)).longValue();
    long decoded = ((Number) sizes.get(1)).longValue();
    assertThat(onTheWire).isPositive().isLessThan(decoded / 2);
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
  }

  @Test
  void homePageHasNoWcag21AaViolations() {
    browser.open(uri("").toString());

    assertThat(browser.accessibilityViolations()).isEmpty();
  }

  @Test
  void skipLinkIsTheFirstTabStopAndLeadsToTheMainContent() {
    browser.open(uri("").toString());

    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    WebElement focused = browser.driver().switchTo().activeElement();
    assertThat(focused.getDomAttribute("href")).isEqualTo("#main");
    assertThat(focused.getText()).isEqualTo("Direct naar de inhoud");
  }

  @Test
  void homePageIsScreenshottedAtPhoneAndDesktopWidths() throws Exception {
    browser.open(uri("").toString());

    Path phone = browser.screenshot("home", Browser.PHONE);
    Path desktop = browser.screenshot("home", Browser.DESKTOP);

    assertThat(Files.size(phone)).isPositive();
    assertThat(Files.size(desktop)).isPositive();
  }

  @Test
  void homePageNeedsNoHorizontalScrollingOnAPhone() {
    browser.open(uri("").toString());
    browser.driver().manage().window().setSize(Browser.PHONE);
    try {
      Object fits =
          ((JavascriptExecutor) browser.driver())
              .executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
      assertThat(fits).isEqualTo(Boolean.TRUE);
    } finally {
      browser.driver().manage().window().setSize(Browser.DESKTOP);
    }
  }
}
