package nl.techniekpact.cms.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.model.catalogue.Catalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The goal pages in Chromium: axe-core, screenshots, keyboard. */
class GoalPagesBrowserIT extends DeployedCms {

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
  void goalPageHasNoWcag21AaViolationsInDutchOrEnglish() {
    browser.open(uri("doelen/4").toString());
    assertThat(browser.accessibilityViolations()).isEmpty();

    browser.open(uri("doelen/4?lang=en").toString());
    assertThat(browser.accessibilityViolations()).isEmpty();
  }

  @Test
  void goalIndexHasNoWcag21AaViolations() {
    browser.open(uri("doelen").toString());

    assertThat(browser.accessibilityViolations()).isEmpty();
  }

  @Test
  void goalPagesAreScreenshottedAtPhoneAndDesktopWidths() throws Exception {
    browser.open(uri("doelen/4").toString());
    Path phone = browser.screenshot("goal-4", Browser.PHONE);
    Path desktop = browser.screenshot("goal-4", Browser.DESKTOP);
    browser.open(uri("doelen").toString());
    Path indexPhone = browser.screenshot("goals", Browser.PHONE);
    Path indexDesktop = browser.screenshot("goals", Browser.DESKTOP);

    for (Path shot : List.of(phone, desktop, indexPhone, indexDesktop)) {
      assertThat(Files.size(shot)).isPositive();
    }
  }

  @Test
  void everyMoreLinkOnTheHomePageIsReachableByKeyboardAndNamedByItsGoal() {
    browser.open(uri("").toString());
    int goals = Catalogue.seed().pacts().get(0).goals().size();

    List<String> reached = new ArrayList<>();
    for (int i = 0; i < 200 && reached.size() < goals; i++) {
      new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
      WebElement focused = browser.driver().switchTo().activeElement();
      String href = focused.getDomAttribute("href");
      if (href != null && href.matches("/doelen/\\d+")) {
        reached.add(focused.getAccessibleName());
      }
    }

    List<String> expected = new ArrayList<>();
    for (int n = 1; n <= goals; n++) {
      expected.add("meer over doel " + n);
    }
    assertThat(reached).containsExactlyElementsOf(expected);
  }

  @Test
  void enterOnAMoreLinkOpensTheGoalPage() {
    browser.open(uri("").toString());
    WebElement nine =
        browser.driver().findElement(org.openqa.selenium.By.cssSelector("a[href='/doelen/9']"));

    nine.sendKeys(Keys.ENTER);
    browser.waiting().until(ExpectedConditions.urlContains("/doelen/9"));

    assertThat(browser.driver().getCurrentUrl()).endsWith("/doelen/9");
    assertThat(browser.driver().findElement(org.openqa.selenium.By.tagName("h1")).getText())
        .isEqualTo(Catalogue.seed().pacts().get(0).goals().get(8).title().getNl());
  }
}
