package nl.techniekpact.cms.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A national editor in Chromium: opens the pact screen, adds a goal to the current edition, edits
 * its text and sees it on the public goal page {@code /doelen/{n}}, deletes it (with the
 * confirmation) and sees it gone from the public pages, then restores it from the pact screen's
 * list of deleted items and sees it back; axe-core on the pact screens. The goal is its own (number
 * {@value #NUMBER}) and is purged after the test whatever happens, so the seed's goals are as
 * before.
 */
class GoalEditingBrowserIT extends DeployedCms {

  private static final int NUMBER = 987;
  private static final String GOAL_API = "api/v1/pacts/techniekpact/goals/" + NUMBER;

  private Browser browser;

  @BeforeEach
  void startBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void stopBrowserAndRemoveTheGoal() throws Exception {
    browser.close();
    HttpResponse<String> current = asAdmin("GET", GOAL_API + "/editable", null);
    if (current.statusCode() == 200 && !current.body().contains("deletedAt")) {
      asAdmin("DELETE", GOAL_API, current.headers().firstValue("ETag").orElseThrow());
      current = asAdmin("GET", GOAL_API + "/editable", null);
    }
    if (current.statusCode() == 200) {
      asAdmin(
          "DELETE", GOAL_API + "?purge=true", current.headers().firstValue("ETag").orElseThrow());
    }
  }

  private static HttpResponse<String> asAdmin(String method, String path, String ifMatch)
      throws Exception {
    HttpRequest.Builder request =
        request(path)
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            ("admin:" + SecurityITAccounts.ADMIN_PASSWORD)
                                .getBytes(StandardCharsets.UTF_8)))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request.build());
  }

  private WebDriverWait waiting() {
    return browser.waiting();
  }

  @Test
  void editorEditsAGoalsTextAndSeesItOnThePublicGoalPage() {
    WebDriver driver = browser.driver();
    BackOfficeBrowserIT.signIn(browser, SecurityITAccounts.EDITOR, SecurityITAccounts.PASSWORD);
    driver.findElement(By.id("nav-pacts")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".goal-link")));
    assertThat(browser.accessibilityViolations()).isEmpty();

    driver.findElement(By.cssSelector("[data-pact='techniekpact'] .new-goal")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("goal:number")));
    assertThat(browser.accessibilityViolations()).isEmpty();
    driver.findElement(By.id("goal:number")).sendKeys(Integer.toString(NUMBER));
    driver.findElement(By.id("goal:titleNl")).sendKeys("Techniek in elke wijk");
    driver.findElement(By.id("goal:descriptionNl")).sendKeys("Een eerste tekst.");
    driver.findElement(By.id("goal:save")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("item-version")));
    assertThat(driver.findElement(By.id("messages")).getText()).contains("techniekpact/" + NUMBER);

    WebElement text = driver.findElement(By.id("goal:descriptionNl"));
    text.clear();
    text.sendKeys("Elke wijk krijgt een techniekwerkplaats voor kinderen.");
    driver.findElement(By.id("goal:save")).click();
    waiting().until(ExpectedConditions.textToBe(By.id("item-version"), "2"));
    assertThat(browser.consoleErrors()).isEmpty();

    browser.open(uri("doelen/" + NUMBER).toString());
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Techniek in elke wijk");
    assertThat(driver.getPageSource())
        .contains("Elke wijk krijgt een techniekwerkplaats voor kinderen.");
    assertThat(browser.accessibilityViolations()).isEmpty();

    browser.open(uri("beheer/pacts/goal.xhtml?name=techniekpact/" + NUMBER).toString());
    browser.clickAndConfirm(By.id("goal:remove"), By.id("item-deleted"));
    assertThat(driver.findElement(By.id("messages")).getText()).contains("techniekpact/" + NUMBER);
    assertThat(driver.findElements(By.id("goal:remove"))).isEmpty();
    assertThat(driver.findElements(By.id("goal:restore"))).hasSize(1);
    assertThat(browser.accessibilityViolations()).isEmpty();

    browser.open(uri("doelen/" + NUMBER).toString());
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .doesNotContain("Techniek in elke wijk");
    browser.open(uri("doelen").toString());
    assertThat(driver.getPageSource()).doesNotContain("Techniek in elke wijk");

    browser.open(uri("beheer/pacts/index.xhtml").toString());
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("deleted-heading")));
    assertThat(
            driver.findElements(
                By.cssSelector("[data-pact='techniekpact'] [data-goal='" + NUMBER + "']")))
        .isEmpty();
    WebElement deletedRow =
        driver.findElement(By.cssSelector("[data-deleted='goal:techniekpact/" + NUMBER + "']"));
    assertThat(deletedRow.getText()).contains("Techniek in elke wijk");
    assertThat(browser.accessibilityViolations()).isEmpty();
    deletedRow.findElement(By.cssSelector(".restore-deleted")).click();
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-pact='techniekpact'] [data-goal='" + NUMBER + "']")));
    assertThat(driver.findElement(By.id("messages")).getText()).contains("techniekpact/" + NUMBER);
    assertThat(
            driver.findElements(
                By.cssSelector("[data-deleted='goal:techniekpact/" + NUMBER + "']")))
        .isEmpty();

    browser.open(uri("doelen/" + NUMBER).toString());
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Techniek in elke wijk");
    // the only errors: the deleted goal's page answered 404, as it should
    assertThat(browser.consoleErrors())
        .allMatch(error -> error.contains("/doelen/" + NUMBER) && error.contains("404"));
  }
}
