package nl.techniekpact.cms.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.DropIn;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A national editor in Chromium fills in the example plugin's content type: from the menu to the
 * type's list, a new item in the form built from the plugin's fields, previewed as a draft on the
 * plugin's page, published and seen on the plugin's public page, the plugin's own back-office
 * screen, then deleted; axe-core on every screen and on the public page, with screenshots of the
 * public page. A national editor also writes a page of the site-pages plugin (rich text, linked in
 * the footer) and finds it through the footer of another page.
 */
class PluginContentBrowserIT extends DeployedCms {

  private Browser browser;

  @BeforeAll
  static void installExamplePlugin() {
    assertThat(DropIn.install("internships").done()).isTrue();
  }

  @AfterAll
  static void removeExamplePlugin() {
    DropIn.removeQuietly("example-internships");
  }

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
  void editorFillsInAPluginsContentTypeAndThePluginShowsIt() {
    WebDriver driver = browser.driver();
    BackOfficeBrowserIT.signIn(browser, SecurityITAccounts.EDITOR, SecurityITAccounts.PASSWORD);
    driver.findElement(By.id("nav-plugin-content")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.content-type")));
    assertThat(browser.accessibilityViolations()).isEmpty();

    driver
        .findElement(
            By.cssSelector("a.content-type[data-type='example-internships/internship-place']"))
        .click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("new-item")));
    assertThat(browser.accessibilityViolations()).isEmpty();

    driver.findElement(By.id("new-item")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("item:slug")));
    assertThat(browser.accessibilityViolations()).isEmpty();
    String title = "Installatiemonteur " + UUID.randomUUID().toString().substring(0, 6);
    String slug = "browser-place-" + UUID.randomUUID().toString().substring(0, 6);
    driver.findElement(By.id("item:slug")).sendKeys(slug);
    driver.findElement(By.cssSelector("[data-field='title'] input")).sendKeys(title);
    driver.findElement(By.cssSelector("[data-field='organisation'] input")).sendKeys("Warmte BV");
    new Select(driver.findElement(By.cssSelector("[data-field='region'] select")))
        .selectByValue("oost-nederland");
    driver.findElement(By.cssSelector("[data-field='places'] input")).sendKeys("2");
    driver.findElement(By.id("item:save")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("item-state")));
    assertThat(driver.findElement(By.id("messages")).getText()).contains(slug);
    assertThat(browser.accessibilityViolations()).as("the page with the saved message").isEmpty();

    String edit =
        uri("beheer/content/edit.xhtml?plugin=example-internships&type=internship-place&slug="
                + slug)
            .toString();
    browser.open(
        driver.findElement(By.cssSelector("#preview-pages a.preview")).getAttribute("href"));
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("preview-notice")));
    assertThat(driver.getPageSource()).contains(title, "Warmte BV");
    assertThat(browser.accessibilityViolations()).as("the draft's preview").isEmpty();
    assertThat(browser.consoleErrors()).isEmpty();
    browser.open(edit);
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("item-state")));

    driver.findElement(By.id("lifecycle:publish")).click();
    waiting()
        .until(
            ExpectedConditions.attributeToBe(
                By.cssSelector("#item-state [data-status]"), "data-status", "PUBLISHED"));
    assertThat(browser.consoleErrors()).isEmpty();

    browser.open(uri("p/example-internships/places").toString());
    assertThat(driver.getPageSource()).contains(title, "Warmte BV");
    assertThat(browser.accessibilityViolations()).isEmpty();
    browser.screenshot("plugin-places-with-items-phone", Browser.PHONE);
    browser.screenshot("plugin-places-with-items-desktop", Browser.DESKTOP);

    browser.open(uri("beheer/index.xhtml").toString());
    driver.findElement(By.id("nav-plugin-example-internships-overview")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("places-per-region")));
    assertThat(
            driver
                .findElement(
                    By.cssSelector("#places-per-region tr[data-region='oost-nederland'] td"))
                .getText())
        .isNotEqualTo("0");
    assertThat(browser.accessibilityViolations()).isEmpty();

    browser.open(edit);
    browser.clickAndConfirm(By.id("lifecycle:delete"), By.id("item-deleted"));
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void editorWritesAPageOfTheSiteWithRichTextAndItsLinkIsInTheFooterOfEveryPage() {
    WebDriver driver = browser.driver();
    BackOfficeBrowserIT.signIn(browser, SecurityITAccounts.EDITOR, SecurityITAccounts.PASSWORD);
    driver.findElement(By.id("nav-plugin-content")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.content-type")));
    driver.findElement(By.cssSelector("a.content-type[data-type='site-pages/page']")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("new-item"))).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("item:slug")));
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String slug = "browser-toegankelijkheid-" + suffix;
    String title = "Toegankelijkheid " + suffix;
    driver.findElement(By.id("item:slug")).sendKeys(slug);
    driver.findElement(By.cssSelector("[data-field='title'] input")).sendKeys(title);
    driver
        .findElement(By.cssSelector("[data-field='body'] .ql-editor"))
        .sendKeys("Deze site voldoet grotendeels aan WCAG 2.1 AA.");
    driver.findElement(By.cssSelector("[data-field='in-footer'] .ui-chkbox-box")).click();
    assertThat(browser.accessibilityViolations()).as("the page's form").isEmpty();
    driver.findElement(By.id("item:save")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("item-state")));
    driver.findElement(By.id("lifecycle:publish")).click();
    waiting()
        .until(
            ExpectedConditions.attributeToBe(
                By.cssSelector("#item-state [data-status]"), "data-status", "PUBLISHED"));

    browser.open(uri("doelen").toString());
    driver.findElement(By.linkText(title)).click();
    waiting().until(ExpectedConditions.urlContains("/pagina/" + slug));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
    assertThat(driver.findElement(By.cssSelector(".site-page-text")).getText())
        .isEqualTo("Deze site voldoet grotendeels aan WCAG 2.1 AA.");
    assertThat(browser.accessibilityViolations()).as("the published page").isEmpty();
    assertThat(browser.consoleErrors()).isEmpty();

    browser.open(
        uri("beheer/content/edit.xhtml?plugin=site-pages&type=page&slug=" + slug).toString());
    browser.clickAndConfirm(By.id("lifecycle:delete"), By.id("item-deleted"));
    browser.open(uri("doelen").toString());
    assertThat(driver.findElements(By.linkText(title))).isEmpty();
  }
}
