package nl.techniekpact.cms.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An editor's unsaved changes are kept in the browser tab (ADR 0044): offered back after a save
 * that found the session ended, after leaving the page, and after publishing without saving; not
 * offered again after a save, a discard or a sign-out. Changes to an item that another editor saved
 * meanwhile are offered as such, and saving them shows the edit conflict.
 */
class DraftsBrowserIT extends DeployedCms {

  private static final By OFFER = By.cssSelector(".bo-draft-offer");
  private static final By RESTORE = By.cssSelector(".bo-draft-restore");
  private static final By DISCARD = By.cssSelector(".bo-draft-discard");
  private static final By DRAFT_TEXT = By.cssSelector(".bo-draft-text");
  private static final By TITLE = By.id("case:titleNl");
  private static final By BODY = By.cssSelector("[id='case:bodyNl'] .ql-editor");

  private Browser browser;
  private WebDriver driver;

  @BeforeEach
  void startBrowser() {
    browser = Browser.start();
    driver = browser.driver();
    BackOfficeBrowserIT.signIn(browser, SecurityITAccounts.EDITOR, SecurityITAccounts.PASSWORD);
  }

  @AfterEach
  void stopBrowser() {
    browser.close();
  }

  @Test
  void changesOfASaveThatFoundTheSessionEndedAreOfferedBackAfterSigningInAgain() {
    String slug = newCase();
    String title = "Titel na verlopen sessie " + slug;
    typeChanges(title, " Alinea die niet verloren mag gaan.");

    driver.manage().deleteCookieNamed("TPSESSION");
    driver.findElement(By.id("case:save")).click();
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    BackOfficeBrowserIT.signIn(browser, SecurityITAccounts.EDITOR, SecurityITAccounts.PASSWORD);
    openCase(slug);

    WebElement offer =
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(OFFER));
    assertThat(driver.findElement(DRAFT_TEXT).getText())
        .startsWith("Niet-opgeslagen wijzigingen van");
    assertThat(driver.findElement(TITLE).getDomProperty("value"))
        .as("the form shows the saved item until the editor chooses")
        .isEqualTo("Eerste titel " + slug);
    assertThat(browser.accessibilityViolations()).as("the page with the offer").isEmpty();
    browser.screenshot("backoffice-draft-offer", Browser.DESKTOP);
    offer.findElement(RESTORE).click();

    assertThat(driver.findElement(TITLE).getDomProperty("value")).isEqualTo(title);
    assertThat(driver.findElement(BODY).getText())
        .contains("Het eerste verhaal.")
        .contains("Alinea die niet verloren mag gaan.");
    assertThat(driver.findElement(DRAFT_TEXT).getText()).contains("staan weer in het formulier");
    assertThat(driver.findElement(OFFER).isDisplayed()).isFalse();
    save(slug);
    assertThat(driver.findElement(TITLE).getDomProperty("value")).isEqualTo(title);
    assertThat(driver.findElement(BODY).getText()).contains("Alinea die niet verloren mag gaan.");

    openCase(slug);
    assertThat(driver.findElement(OFFER).isDisplayed()).as("saved: nothing to offer").isFalse();
    assertThat(keptDrafts()).isZero();
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void changesOfARefusedSaveAreOfferedAgainAfterLeavingThePage() {
    String slug = newCase();
    driver.findElement(TITLE).clear();
    typeChanges("", " Tekst bij een geweigerde opslag.");
    driver.findElement(By.id("case:save")).click();
    browser
        .waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".ui-message-error, .message-error")));
    awaitKeeping();
    assertThat(driver.findElement(OFFER).isDisplayed())
        .as("the refused form shows the input itself")
        .isFalse();

    openCase(slug);
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(OFFER));
    driver.findElement(RESTORE).click();
    assertThat(driver.findElement(TITLE).getDomProperty("value")).isEmpty();
    assertThat(driver.findElement(BODY).getText()).contains("Tekst bij een geweigerde opslag.");
    driver.findElement(TITLE).sendKeys("Alsnog een titel " + slug);
    save(slug);
    assertThat(driver.findElement(BODY).getText()).contains("Tekst bij een geweigerde opslag.");
    assertThat(keptDrafts()).isZero();
  }

  @Test
  void changesLeftUnsavedWhenPublishingAreOfferedOnThePublishedVersion() {
    String slug = newCase();
    String title = "Titel vergeten op te slaan " + slug;
    typeChanges(title, "");

    driver.findElement(By.id("lifecycle:publish")).click();
    browser
        .waiting()
        .until(
            ExpectedConditions.attributeToBe(
                By.cssSelector("#case-state [data-status]"), "data-status", "PUBLISHED"));
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(OFFER));
    driver.findElement(RESTORE).click();
    assertThat(driver.findElement(TITLE).getDomProperty("value")).isEqualTo(title);
    save(slug);
    assertThat(driver.findElement(TITLE).getDomProperty("value")).isEqualTo(title);
    assertThat(keptDrafts()).isZero();

    // off the public site again: other tests count the published cases
    browser.clickAndConfirm(By.id("lifecycle:delete"), By.id("case-deleted"));
  }

  @Test
  void discardedChangesAndChangesBeforeSigningOutAreNotOfferedAgain() {
    String slug = newCase();
    typeChanges("Weg te gooien " + slug, "");
    openCase(slug);
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(OFFER));
    driver.findElement(DISCARD).click();
    assertThat(driver.findElement(TITLE).getDomProperty("value")).isEqualTo("Eerste titel " + slug);
    assertThat(keptDrafts()).isZero();
    openCase(slug);
    assertThat(driver.findElement(OFFER).isDisplayed()).isFalse();

    typeChanges("Voor het uitloggen " + slug, "");
    driver.findElement(By.id("logout:submit")).click();
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    assertThat(keptDrafts()).as("signing out forgets what this tab kept").isZero();
    BackOfficeBrowserIT.signIn(browser, SecurityITAccounts.EDITOR, SecurityITAccounts.PASSWORD);
    openCase(slug);
    assertThat(driver.findElement(OFFER).isDisplayed()).isFalse();
  }

  @Test
  void changesToAnItemSavedElsewhereMeanwhileAreOfferedAndSavingThemShowsTheConflict() {
    String slug = changesOfThisTabAfterAnotherTabSaved();
    WebElement offer =
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(OFFER));
    assertThat(driver.findElement(DRAFT_TEXT).getText()).contains("iemand anders");
    assertThat(browser.accessibilityViolations()).as("the page with the older draft").isEmpty();
    offer.findElement(RESTORE).click();
    assertThat(driver.findElement(TITLE).getDomProperty("value")).isEqualTo("Deze tab " + slug);
    assertThat(driver.findElement(DRAFT_TEXT).getText()).contains("naast de nieuwere versie");

    driver.findElement(By.id("case:save")).click();
    browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("conflict")));
    awaitKeeping();
    assertThat(driver.findElement(By.cssSelector("tr[data-field=titleNl] .theirs")).getText())
        .isEqualTo("Andere tab " + slug);
    assertThat(driver.findElement(By.cssSelector("tr[data-field=titleNl] .mine")).getText())
        .isEqualTo("Deze tab " + slug);
    assertThat(driver.findElement(OFFER).isDisplayed()).isFalse();

    WebElement conflict = driver.findElement(By.id("conflict"));
    driver.findElement(By.id("case:keepMine")).click();
    browser.waiting().until(ExpectedConditions.stalenessOf(conflict));
    awaitKeeping();
    assertThat(driver.findElement(OFFER).isDisplayed()).as("the form shows them").isFalse();
    assertThat(driver.findElement(TITLE).getDomProperty("value")).isEqualTo("Deze tab " + slug);
    save(slug);
    assertThat(driver.findElement(TITLE).getDomProperty("value")).isEqualTo("Deze tab " + slug);
    assertThat(keptDrafts()).isZero();
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void takingTheOtherVersionAfterRestoringOlderChangesDropsThem() {
    String slug = changesOfThisTabAfterAnotherTabSaved();
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(RESTORE)).click();
    driver.findElement(By.id("case:save")).click();
    browser
        .waiting()
        .until(ExpectedConditions.elementToBeClickable(By.id("case:takeTheirs")))
        .click();
    browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("conflict")));
    awaitKeeping();

    assertThat(driver.findElement(TITLE).getDomProperty("value")).isEqualTo("Andere tab " + slug);
    assertThat(driver.findElement(OFFER).isDisplayed()).isFalse();
    assertThat(keptDrafts()).isZero();
    openCase(slug);
    assertThat(driver.findElement(OFFER).isDisplayed()).isFalse();
  }

  /**
   * Keeps changes in this tab, saves the case in another tab (its own session storage), and opens
   * the case again in this tab.
   */
  private String changesOfThisTabAfterAnotherTabSaved() {
    String slug = newCase();
    typeChanges("Deze tab " + slug, "");
    String thisTab = driver.getWindowHandle();

    driver.switchTo().newWindow(WindowType.TAB);
    openCase(slug);
    driver.findElement(TITLE).clear();
    driver.findElement(TITLE).sendKeys("Andere tab " + slug);
    save(slug);
    driver.close();
    driver.switchTo().window(thisTab);

    openCase(slug);
    assertThat(driver.findElement(TITLE).getDomProperty("value")).isEqualTo("Andere tab " + slug);
    return slug;
  }

  /** Creates a case through its form; leaves its edit page open. */
  private String newCase() {
    String slug = "concept-" + UUID.randomUUID().toString().substring(0, 8);
    browser.open(uri("beheer/cases/edit.xhtml").toString());
    awaitKeeping();
    driver.findElement(By.id("case:slug")).sendKeys(slug);
    driver.findElement(TITLE).sendKeys("Eerste titel " + slug);
    driver.findElement(By.id("case:summaryNl")).sendKeys("Een korte samenvatting.");
    driver.findElement(BODY).sendKeys("Het eerste verhaal.");
    save(slug);
    return slug;
  }

  /** Opens a case's edit page and waits until the page keeps changes (its editors are built). */
  private void openCase(String slug) {
    browser.open(uri("beheer/cases/edit.xhtml?slug=" + slug).toString());
    awaitKeeping();
  }

  private void awaitKeeping() {
    browser
        .waiting()
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-draft-ready]")));
  }

  /** Types into the title (replacing it) and at the end of the body, and waits until kept. */
  private void typeChanges(String title, String bodyText) {
    driver.findElement(TITLE).clear();
    if (!title.isEmpty()) {
      driver.findElement(TITLE).sendKeys(title);
    }
    if (!bodyText.isEmpty()) {
      driver.findElement(BODY).sendKeys(bodyText);
    }
    browser.waiting().until(d -> keptDrafts() == 1);
  }

  private void save(String slug) {
    driver.findElement(By.id("case:save")).click();
    try {
      browser
          .waiting()
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), slug));
      awaitKeeping();
    } catch (TimeoutException e) {
      throw new AssertionError("not saved: " + driver.findElement(By.tagName("body")).getText(), e);
    }
  }

  private long keptDrafts() {
    Object count =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return Object.keys(sessionStorage)"
                    + ".filter(function (k) { return k.indexOf('tp-draft:') === 0; }).length;");
    return ((Number) count).longValue();
  }
}
