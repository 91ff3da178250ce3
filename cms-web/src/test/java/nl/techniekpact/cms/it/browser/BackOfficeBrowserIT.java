package nl.techniekpact.cms.it.browser;

import static nl.techniekpact.cms.it.security.SecurityITAccounts.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import nl.techniekpact.cms.it.DeployedCms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The back-office frame in Chromium: login, keyboard use, language, logout, WCAG 2.1 AA. */
class BackOfficeBrowserIT extends DeployedCms {

  private Browser browser;

  @BeforeEach
  void startBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void stopBrowser() {
    browser.close();
  }

  /** Signs in through the login form as a person would. */
  static void signIn(Browser browser, String username, String password) {
    WebDriver driver = browser.open(uri("login.xhtml").toString()).driver();
    driver.findElement(By.id("login:username")).sendKeys(username);
    driver.findElement(By.id("login:password")).sendKeys(password);
    driver.findElement(By.id("login:submit")).click();
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
  }

  @Test
  void signedInFrameHasNoWcagViolationsAndNoScriptOrPolicyErrors() {
    signIn(browser, "admin", ADMIN_PASSWORD);

    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Overzicht");
    assertThat(browser.accessibilityViolations()).isEmpty();
    assertThat(browser.consoleErrors()).isEmpty();
    browser.screenshot("backoffice-dashboard", Browser.PHONE);
    browser.screenshot("backoffice-dashboard", Browser.DESKTOP);
  }

  @Test
  void skipLinkIsTheFirstTabStopAndNavigationIsReachableByKeyboard() {
    signIn(browser, "admin", ADMIN_PASSWORD);

    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    WebElement focused = browser.driver().switchTo().activeElement();
    assertThat(focused.getDomAttribute("href")).isEqualTo("#main");
    focused.sendKeys(Keys.ENTER);
    assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("main");
    WebElement accounts = browser.driver().findElement(By.id("nav-accounts"));
    accounts.sendKeys(Keys.ENTER);
    browser.waiting().until(ExpectedConditions.urlContains("/beheer/accounts/"));
  }

  @Test
  void languageSwitchShowsTheBackOfficeInEnglishAndLogoutEndsTheSession() {
    signIn(browser, "admin", ADMIN_PASSWORD);

    browser.driver().findElement(By.id("language:switch")).click();
    browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Overview"));
    assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"))
        .isEqualTo("en");
    assertThat(browser.accessibilityViolations()).isEmpty();

    browser.driver().findElement(By.id("logout:submit")).click();
    browser.waiting().until(ExpectedConditions.urlContains("loggedOut=true"));
    browser.open(uri("beheer/index.xhtml").toString());
    assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
  }
}
