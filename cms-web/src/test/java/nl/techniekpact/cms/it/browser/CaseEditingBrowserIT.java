package nl.techniekpact.cms.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A national editor in Chromium: creates a case with the rich-text editor, previews it in the
 * site's look, publishes it and finds it on the public site (search), then deletes it; axe-core on
 * the case screens.
 */
class CaseEditingBrowserIT extends DeployedCms {

  private Browser browser;

  @BeforeEach
  void startBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void stopBrowser() {
    browser.close();
  }

  private WebDriverWait waiting() {
    return browser.waiting();
  }

  @Test
  void editorCreatesPreviewsAndPublishesACaseThatAppearsOnThePublicSite() throws Exception {
    // the site search answers 503 while its index is first built (a subset run may start here)
    awaitSearchIndex();
    WebDriver driver = browser.driver();
    BackOfficeBrowserIT.signIn(browser, SecurityITAccounts.EDITOR, SecurityITAccounts.PASSWORD);
    driver.findElement(By.id("nav-cases")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("new-case")));
    assertThat(browser.accessibilityViolations()).isEmpty();
    String word = "zonnepanelen" + UUID.randomUUID().toString().substring(0, 6);
    String slug = "bo-browser-" + UUID.randomUUID().toString().substring(0, 6);

    driver.findElement(By.id("new-case")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("case:slug")));
    assertThat(browser.accessibilityViolations()).isEmpty();
    driver.findElement(By.id("case:slug")).sendKeys(slug);
    driver.findElement(By.id("case:titleNl")).sendKeys("Leerlingen bouwen " + word);
    driver.findElement(By.id("case:summaryNl")).sendKeys("Een klas bouwt een installatie.");
    driver
        .findElement(By.cssSelector("[id='case:bodyNl'] .ql-editor"))
        .sendKeys("Het hele verhaal.");
    driver.findElement(By.id("case:save")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("case-state")));
    assertThat(driver.findElement(By.id("messages")).getText()).contains(slug);
    assertThat(browser.consoleErrors()).isEmpty();
    assertThat(browser.accessibilityViolations()).as("the page with the saved message").isEmpty();

    browser.open(uri("beheer/cases/preview.xhtml?slug=" + slug).toString());
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("Leerlingen bouwen " + word);
    assertThat(driver.findElement(By.id("preview-body")).getText()).contains("Het hele verhaal.");
    assertThat(browser.accessibilityViolations()).isEmpty();

    browser.open(uri("beheer/cases/edit.xhtml?slug=" + slug).toString());
    driver.findElement(By.id("lifecycle:publish")).click();
    waiting()
        .until(
            ExpectedConditions.attributeToBe(
                By.cssSelector("#case-state [data-status]"), "data-status", "PUBLISHED"));

    waiting()
        .until(
            d -> {
              browser.open(uri("zoeken?q=" + word).toString());
              return d.getPageSource().contains("Leerlingen bouwen " + word);
            });

    browser.open(uri("beheer/cases/edit.xhtml?slug=" + slug).toString());
    browser.clickAndConfirm(By.id("lifecycle:delete"), By.id("case-deleted"));
    assertThat(browser.consoleErrors()).isEmpty();
  }
}
