package nl.techniekpact.cms.it.browser;

import static nl.techniekpact.cms.it.security.SecurityITAccounts.PASSWORD;
import static nl.techniekpact.cms.it.security.SecurityITAccounts.TWO_STEP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.security.twostep.OneTimeCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two-step sign-in (ADR 0048) in Chromium: setting it up on the account page and logging in with
 * the code, both pages free of WCAG 2.1 AA violations, with screenshots.
 */
class TwoStepSignInBrowserIT extends DeployedCms {

  private Browser browser;

  @BeforeEach
  void startBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void stopBrowser() {
    browser.close();
  }

  @Test
  void anEditorSetsItUpWithTheQrCodeAndLogsInWithPasswordAndCode() {
    String editor = TWO_STEP.get(5);
    BackOfficeBrowserIT.signIn(browser, editor, PASSWORD);
    WebDriver driver = browser.open(uri("beheer/account.xhtml").toString()).driver();

    driver.findElement(By.id("twoStep:setUp")).click();
    browser
        .waiting()
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#qr-code svg")));
    assertThat(driver.findElement(By.cssSelector("#qr-code svg")).getSize().getWidth())
        .as("large enough for a phone's camera")
        .isGreaterThanOrEqualTo(150);
    assertThat(browser.accessibilityViolations()).isEmpty();
    assertThat(browser.consoleErrors()).isEmpty();
    // the screenshots show the set-up, below the password form
    String toSetUp = "document.getElementById('two-step-heading').scrollIntoView()";
    ((JavascriptExecutor) driver).executeScript(toSetUp);
    browser.screenshot("two-step-setup", Browser.PHONE);
    ((JavascriptExecutor) driver).executeScript(toSetUp);
    browser.screenshot("two-step-setup", Browser.DESKTOP);
    String secret = driver.findElement(By.id("two-step-secret")).getText().replace(" ", "");
    driver
        .findElement(By.id("twoStep:firstCode"))
        .sendKeys(OneTimeCodes.codeAt(secret, Instant.now()));
    driver.findElement(By.id("twoStep:password")).sendKeys(PASSWORD);
    driver.findElement(By.id("twoStep:confirm")).click();
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
    assertThat(driver.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
    assertThat(browser.accessibilityViolations()).isEmpty();

    driver.findElement(By.id("logout:submit")).click();
    browser.waiting().until(ExpectedConditions.urlContains("loggedOut=true"));
    driver.findElement(By.id("login:username")).sendKeys(editor);
    driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
    driver.findElement(By.id("login:submit")).click();
    browser.waiting().until(ExpectedConditions.urlContains("/login-code.xhtml"));
    assertThat(browser.accessibilityViolations()).isEmpty();
    assertThat(browser.consoleErrors()).isEmpty();
    browser.screenshot("two-step-code", Browser.PHONE);
    driver
        .findElement(By.id("code:value"))
        .sendKeys(OneTimeCodes.codeAt(secret, Instant.now().plusSeconds(30)));
    driver.findElement(By.id("code:submit")).click();
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
    assertThat(driver.getCurrentUrl()).endsWith("/beheer/index.xhtml");
  }
}
