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
 * A national editor in Chromium: creates a region, previews it in the site's look, publishes it and
 * finds it at {@code /regio/{slug}} (the regional-pages plugin), then deletes it; axe-core on the
 * region screens and the preview.
 */
class RegionEditingBrowserIT extends DeployedCms {

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
  void editorCreatesPreviewsAndPublishesARegionThatAppearsOnItsPublicPage() {
    WebDriver driver = browser.driver();
    BackOfficeBrowserIT.signIn(browser, SecurityITAccounts.EDITOR, SecurityITAccounts.PASSWORD);
    driver.findElement(By.id("nav-regions")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("new-region")));
    assertThat(driver.findElements(By.cssSelector("a.region-link"))).isNotEmpty();
    assertThat(browser.accessibilityViolations()).isEmpty();
    String slug = "bo-regio-" + UUID.randomUUID().toString().substring(0, 6);
    String ambition = "Elke leerling maakt kennis met techniek " + slug;

    driver.findElement(By.id("new-region")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("region:slug")));
    assertThat(browser.accessibilityViolations()).isEmpty();
    driver.findElement(By.id("region:slug")).sendKeys(slug);
    driver.findElement(By.id("region:name")).sendKeys("Proefregio");
    driver.findElement(By.cssSelector("input[name='region:provinces'][value='Zeeland']")).click();
    driver.findElement(By.id("region:ambitionsNl")).sendKeys(ambition);
    driver.findElement(By.id("region:contactEmail")).sendKeys("proef@example.org");
    driver.findElement(By.id("region:save")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("region-state")));
    assertThat(driver.findElement(By.id("messages")).getText()).contains(slug);
    assertThat(browser.consoleErrors()).isEmpty();
    assertThat(browser.accessibilityViolations()).as("the page with the saved message").isEmpty();

    browser.open(uri("beheer/regions/preview.xhtml?slug=" + slug).toString());
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Proefregio");
    assertThat(driver.findElement(By.id("preview-ambitions")).getText()).isEqualTo(ambition);
    assertThat(driver.findElement(By.cssSelector(".provinces")).getText()).contains("Zeeland");
    assertThat(browser.accessibilityViolations()).isEmpty();
    browser.open(uri("regio/" + slug).toString());
    assertThat(driver.getPageSource()).doesNotContain(ambition);
    assertThat(browser.consoleErrors()).as("only the draft's 404").allMatch(e -> e.contains("404"));

    browser.open(uri("beheer/regions/edit.xhtml?slug=" + slug).toString());
    driver.findElement(By.id("lifecycle:publish")).click();
    waiting()
        .until(
            ExpectedConditions.attributeToBe(
                By.cssSelector("#region-state [data-status]"), "data-status", "PUBLISHED"));

    browser.open(uri("regio/" + slug).toString());
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Proefregio");
    assertThat(driver.findElement(By.cssSelector(".plugin-region .intro")).getText())
        .isEqualTo(ambition);

    browser.open(uri("beheer/regions/edit.xhtml?slug=" + slug).toString());
    browser.clickAndConfirm(By.id("lifecycle:delete"), By.id("region-deleted"));
    assertThat(browser.consoleErrors()).isEmpty();
    browser.open(uri("regio/" + slug).toString());
    assertThat(driver.getPageSource()).doesNotContain(ambition);
  }
}
