package nl.techniekpact.cms.it.browser;

import static nl.techniekpact.cms.it.security.SecurityITAccounts.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.plugin.host.FixtureJars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administration screens in Chromium: an administrator creates an account and the new editor
 * signs in with it; an editor makes an API token that is shown once; a plugin administrator
 * uploads, disables and removes a plugin and sees a refusal. axe-core on each screen.
 */
class AdministrationBrowserIT extends DeployedCms {

  private static final String ADMIN_BASIC =
      "Basic "
          + Base64.getEncoder()
              .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

  private Browser browser;

  @BeforeEach
  void startBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void stopBrowserAndRemoveThePlugin() throws Exception {
    browser.close();
    send(
        request("api/v1/plugins/example-internships/installation")
            .header("Authorization", ADMIN_BASIC)
            .DELETE()
            .build());
  }

  private WebDriverWait waiting() {
    return browser.waiting();
  }

  private void logOut() {
    browser.driver().findElement(By.id("logout:submit")).click();
    waiting().until(ExpectedConditions.urlContains("loggedOut=true"));
  }

  @Test
  void administratorCreatesAnAccountAndTheNewEditorSignsIn() {
    WebDriver driver = browser.driver();
    BackOfficeBrowserIT.signIn(browser, "admin", ADMIN_PASSWORD);
    driver.findElement(By.id("nav-accounts")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("list:accounts")));
    assertThat(browser.accessibilityViolations()).isEmpty();
    String username = "it-browser-" + UUID.randomUUID().toString().substring(0, 6);

    driver.findElement(By.id("new-account")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("account:username")));
    assertThat(browser.accessibilityViolations()).isEmpty();
    driver.findElement(By.id("account:username")).sendKeys(username);
    driver.findElement(By.id("account:displayName")).sendKeys("Bram Browser");
    driver.findElement(By.id("account:password")).sendKeys("it-Browser-Secret-2026");
    driver
        .findElement(By.cssSelector("input[name='account:roles'][value='regional-editor']"))
        .click();
    driver
        .findElement(By.cssSelector("input[name='account:regions'][value='noord-nederland']"))
        .click();
    driver.findElement(By.id("account:save")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("list:accounts")));
    assertThat(driver.findElement(By.id("messages")).getText()).contains(username);

    WebElement filter = driver.findElement(By.id("list:text"));
    filter.sendKeys(username);
    waiting()
        .until(
            ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#list\\:accounts a.account-link"), 1));
    assertThat(driver.findElement(By.cssSelector("a.account-link")).getText()).isEqualTo(username);
    assertThat(browser.consoleErrors()).isEmpty();
    logOut();

    BackOfficeBrowserIT.signIn(browser, username, "it-Browser-Secret-2026");
    assertThat(driver.findElement(By.id("signed-in-user")).getText()).contains("Bram Browser");
    assertThat(driver.findElements(By.id("nav-accounts"))).isEmpty();
    logOut();

    BackOfficeBrowserIT.signIn(browser, "admin", ADMIN_PASSWORD);
    browser.open(uri("beheer/accounts/edit.xhtml?username=" + username).toString());
    assertThat(driver.findElement(By.id("accountTokens")).getText())
        .contains("Dit account heeft geen API-tokens");
    assertThat(browser.accessibilityViolations()).as("an existing account's page").isEmpty();
    driver.findElement(By.id("account:disable")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("account:enable")));

    driver.findElement(By.id("account-audit")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("audit:entries")));
    assertThat(driver.findElements(By.cssSelector(".audit-action")))
        .extracting(WebElement::getText)
        .containsExactly("uitgeschakeld", "aangemaakt");
    assertThat(browser.accessibilityViolations()).as("the account's audit entries").isEmpty();
  }

  @Test
  void theAccountListFindsAccountsNotSignedInLatelyAndSortsByTheLastSignIn() {
    String disabled = nl.techniekpact.cms.it.security.SecurityITAccounts.DISABLED;
    WebDriver driver = browser.driver();
    BackOfficeBrowserIT.signIn(browser, "admin", ADMIN_PASSWORD);
    driver.findElement(By.id("nav-accounts")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("list:accounts")));
    waiting().until(d -> accountLinks().contains("admin"));

    new Select(driver.findElement(By.id("list:idle"))).selectByValue("30");
    waiting()
        .withMessage("the administrator, who just signed in, is not listed")
        .until(d -> !accountLinks().contains("admin"));
    typeFilter(disabled);
    waiting()
        .withMessage("a disabled account, which never signed in, is")
        .until(d -> accountLinks().equals(java.util.List.of(disabled)));
    assertThat(browser.accessibilityViolations()).isEmpty();

    new Select(driver.findElement(By.id("list:idle"))).selectByValue("");
    typeFilter("");
    waiting().until(d -> accountLinks().contains("admin"));
    assertThat(driver.findElements(By.cssSelector("[id='list:accounts'] th input")))
        .as("no column filter boxes: the filters above the table are the ones that work")
        .isEmpty();
    lastSignInHeader().click();
    waiting()
        .withMessage("ascending: the accounts without a sign-in first")
        .until(d -> firstLastSignIn().equals("Nog niet vastgelegd"));
    lastSignInHeader().click();
    waiting()
        .withMessage("descending: the latest sign-in first")
        .until(d -> !firstLastSignIn().equals("Nog niet vastgelegd"));
    assertThat(browser.consoleErrors()).isEmpty();
  }

  /** Replaces the list's text filter as typed (its keyup updates the table). */
  private void typeFilter(String text) {
    WebElement filter = browser.driver().findElement(By.id("list:text"));
    filter.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
    filter.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
    if (!text.isEmpty()) {
      filter.sendKeys(text);
    }
  }

  private WebElement lastSignInHeader() {
    return browser
        .driver()
        .findElement(
            By.xpath(
                "//th[.//span[contains(@class,'ui-column-title') and text()='Laatst aangemeld']]"));
  }

  private java.util.List<String> accountLinks() {
    return browser
        .driver()
        .findElements(By.cssSelector("[id='list:accounts'] a.account-link"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  private String firstLastSignIn() {
    return browser
        .driver()
        .findElement(By.cssSelector("[id='list:accounts'] tbody tr .account-last-signed-in"))
        .getText();
  }

  @Test
  void apiTokenIsShownOnceAndCanBeRevokedAfterConfirmation() {
    WebDriver driver = browser.driver();
    BackOfficeBrowserIT.signIn(
        browser,
        nl.techniekpact.cms.it.security.SecurityITAccounts.EDITOR,
        nl.techniekpact.cms.it.security.SecurityITAccounts.PASSWORD);
    driver.findElement(By.id("nav-own-account")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("tokens:name")));
    assertThat(browser.accessibilityViolations()).isEmpty();
    String name = "browser token " + UUID.randomUUID().toString().substring(0, 6);

    driver.findElement(By.id("tokens:name")).sendKeys(name);
    driver
        .findElement(By.id("tokens:password"))
        .sendKeys(nl.techniekpact.cms.it.security.SecurityITAccounts.PASSWORD);
    driver.findElement(By.id("tokens:create")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("token-secret")));
    String secret = driver.findElement(By.id("token-secret")).getText();
    assertThat(secret).startsWith("tpk_");
    browser.open(uri("beheer/account.xhtml").toString());
    assertThat(driver.findElements(By.id("token-secret"))).isEmpty();
    assertThat(driver.getPageSource()).doesNotContain(secret);

    WebElement row =
        driver.findElement(
            By.xpath("//tr[.//span[@class='token-name' and text()='" + name + "']]"));
    row.findElement(By.cssSelector("button.revoke")).click();
    WebElement yes =
        waiting()
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")));
    yes.click();
    waiting()
        .until(
            ExpectedConditions.invisibilityOfElementLocated(
                By.xpath("//span[@class='token-name' and text()='" + name + "']")));
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  void pluginAdministratorUploadsDisablesAndRemovesAPlugin() throws Exception {
    WebDriver driver = browser.driver();
    BackOfficeBrowserIT.signIn(browser, "admin", ADMIN_PASSWORD);
    driver.findElement(By.id("nav-plugins")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("upload:jar")));
    assertThat(browser.accessibilityViolations()).isEmpty();

    driver
        .findElement(By.id("upload:jar"))
        .sendKeys(FixtureJars.path("wrong-api").toAbsolutePath().normalize().toString());
    driver.findElement(By.id("upload:submit")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-message")));
    assertThat(driver.findElement(By.cssSelector(".ui-message")).getText())
        .contains("geweigerd", "gemaakt voor een andere versie van de plugin-API", "^9.0.0");

    driver
        .findElement(By.id("upload:jar"))
        .sendKeys(FixtureJars.path("internships").toAbsolutePath().normalize().toString());
    driver.findElement(By.id("upload:submit")).click();
    By internships = By.xpath("//tr[.//span[@class='plugin-id' and text()='example-internships']]");
    waiting().until(ExpectedConditions.presenceOfElementLocated(internships));
    waiting()
        .until(
            d ->
                "ENABLED"
                    .equals(
                        d.findElement(internships)
                            .findElement(By.cssSelector(".plugin-state"))
                            .getDomAttribute("data-state")));
    assertThat(get("api/v1/plugins/example-internships/about").statusCode()).isEqualTo(200);

    driver.findElement(internships).findElement(By.cssSelector("button.disable")).click();
    waiting()
        .until(
            d ->
                "DISABLED"
                    .equals(
                        d.findElement(internships)
                            .findElement(By.cssSelector(".plugin-state"))
                            .getDomAttribute("data-state")));
    assertThat(get("api/v1/plugins/example-internships/about").statusCode()).isEqualTo(404);
    assertThat(browser.accessibilityViolations()).isEmpty();

    driver.findElement(internships).findElement(By.cssSelector("button.remove")).click();
    waiting()
        .until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")))
        .click();
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(internships));
    assertThat(browser.consoleErrors()).isEmpty();
    browser.screenshot("backoffice-plugins", Browser.DESKTOP);
  }
}
