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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A national editor in Chromium: creates an ambassador with a profile of two paragraphs, previews
 * it in the site's look, publishes it and finds the profile at {@code /ambassadeurs/{slug}} (the
 * ambassador-profiles plugin), then deletes it; axe-core on the screens and the preview.
 */
class AmbassadorEditingBrowserIT extends DeployedCms {

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
  void editorCreatesPreviewsAndPublishesAnAmbassadorWhoseProfileAppears() {
    WebDriver driver = browser.driver();
    BackOfficeBrowserIT.signIn(browser, SecurityITAccounts.EDITOR, SecurityITAccounts.PASSWORD);
    driver.findElement(By.id("nav-ambassadors")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("new-ambassador")));
    assertThat(driver.findElements(By.cssSelector("a.ambassador-link"))).isNotEmpty();
    assertThat(browser.accessibilityViolations()).isEmpty();
    String slug = "bo-amb-" + UUID.randomUUID().toString().substring(0, 6);
    String teaser = "Zij laat leerlingen robots bouwen " + slug;

    driver.findElement(By.id("new-ambassador")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ambassador:slug")));
    assertThat(browser.accessibilityViolations()).isEmpty();
    driver.findElement(By.id("ambassador:slug")).sendKeys(slug);
    driver.findElement(By.id("ambassador:name")).sendKeys("Proef Ambassadeur");
    new Select(driver.findElement(By.id("ambassador:region"))).selectByValue("noord-nederland");
    driver.findElement(By.id("ambassador:teaserNl")).sendKeys(teaser);
    driver.findElement(By.id("ambassador:profileNl")).sendKeys("Eerste alinea.\n\nTweede alinea.");
    driver.findElement(By.id("ambassador:save")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ambassador-state")));
    assertThat(driver.findElement(By.id("messages")).getText()).contains(slug);
    assertThat(browser.consoleErrors()).isEmpty();

    browser.open(uri("beheer/ambassadors/preview.xhtml?slug=" + slug).toString());
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Proef Ambassadeur");
    assertThat(driver.findElement(By.id("preview-teaser")).getText()).isEqualTo(teaser);
    assertThat(driver.findElements(By.cssSelector(".plugin-profile p.paragraph"))).hasSize(2);
    assertThat(browser.accessibilityViolations()).isEmpty();

    browser.open(uri("beheer/ambassadors/edit.xhtml?slug=" + slug).toString());
    driver.findElement(By.id("lifecycle:publish")).click();
    waiting()
        .until(
            ExpectedConditions.attributeToBe(
                By.cssSelector("#ambassador-state [data-status]"), "data-status", "PUBLISHED"));

    browser.open(uri("ambassadeurs/" + slug).toString());
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Proef Ambassadeur");
    assertThat(driver.findElement(By.cssSelector(".plugin-profile .intro")).getText())
        .isEqualTo(teaser);
    assertThat(driver.getPageSource()).contains("Tweede alinea.");

    browser.open(uri("beheer/ambassadors/edit.xhtml?slug=" + slug).toString());
    browser.clickAndConfirm(By.id("lifecycle:delete"), By.id("ambassador-deleted"));
    assertThat(browser.consoleErrors()).isEmpty();
    browser.open(uri("ambassadeurs/" + slug).toString());
    assertThat(driver.getPageSource()).doesNotContain(teaser);
  }
}
