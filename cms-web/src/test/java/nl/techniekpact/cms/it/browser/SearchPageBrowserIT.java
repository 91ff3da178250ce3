package nl.techniekpact.cms.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.techniekpact.cms.it.DeployedCms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The search page and the header's search form in Chromium: axe-core, keyboard, screenshots. */
class SearchPageBrowserIT extends DeployedCms {

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
  void searchPagesHaveNoWcag21AaViolationsInAnyState() {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("zoeken", "#search-q");
    pages.put("zoeken?q=scholen", ".search-result .snippet mark");
    pages.put("zoeken?q=onderwijs+%7C+techniek+%7C+bedrijfsleven+%7C+scholen&page=2", ".pager");
    pages.put("zoeken?q=scholen&lang=en", ".search-result");
    pages.put("zoeken?q=xylofoonkwartet", ".message");
    pages.put("zoeken?q=%20", ".message");
    pages.forEach(
        (path, shown) -> {
          browser.open(uri(path).toString());
          assertThat(browser.driver().findElements(By.cssSelector(shown))).as(path).isNotEmpty();
          assertThat(browser.accessibilityViolations()).as(path).isEmpty();
        });
  }

  @Test
  void theHeaderSearchIsReachedByKeyboardAndEnterSearches() {
    browser.open(uri("doelen").toString());

    WebElement focused = null;
    for (int i = 0; i < 10; i++) {
      new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
      focused = browser.driver().switchTo().activeElement();
      if ("site-search-q".equals(focused.getDomAttribute("id"))) {
        break;
      }
    }
    assertThat(focused.getDomAttribute("id")).isEqualTo("site-search-q");
    assertThat(focused.getAccessibleName()).isEqualTo("Zoeken naar");

    focused.sendKeys("scholen", Keys.ENTER);
    browser.waiting().until(ExpectedConditions.urlContains("/zoeken"));

    assertThat(browser.driver().getCurrentUrl()).endsWith("/zoeken?q=scholen");
    assertThat(browser.driver().findElements(By.cssSelector(".search-result"))).isNotEmpty();
    assertThat(browser.driver().findElement(By.id("search-q")).getDomProperty("value"))
        .isEqualTo("scholen");
  }

  @Test
  void searchPagesAreScreenshottedAtPhoneAndDesktopWidths() throws Exception {
    browser.open(uri("zoeken?q=scholen").toString());
    Path phone = browser.screenshot("search-scholen", Browser.PHONE);
    Path desktop = browser.screenshot("search-scholen", Browser.DESKTOP);
    browser.open(uri("zoeken?q=xylofoonkwartet").toString());
    Path none = browser.screenshot("search-none", Browser.PHONE);

    for (Path shot : List.of(phone, desktop, none)) {
      assertThat(Files.size(shot)).isPositive();
    }
  }
}
