package nl.techniekpact.cms.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import nl.techniekpact.cms.media.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * An editor uploads an image with its alternative text in the back office's media library, finds it
 * in the grid with the filter, and removes it again, in headless Chromium; the screen passes
 * axe-core's WCAG 2.1 AA checks.
 */
class MediaLibraryBrowserIT extends DeployedCms {

  private static Browser browser;

  @BeforeAll
  static void signIn() {
    browser = Browser.start();
    browser.open(uri("login.xhtml").toString());
    browser.driver().findElement(By.id("login:username")).sendKeys(SecurityITAccounts.EDITOR);
    browser.driver().findElement(By.id("login:password")).sendKeys(SecurityITAccounts.PASSWORD);
    browser.driver().findElement(By.id("login:submit")).click();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void editorUploadsAnImageWithAltTextFindsItAndRemovesIt() throws Exception {
    Path photo = Files.createTempFile("werkplaats", ".jpg");
    Files.write(photo, TestImages.jpeg(900, 600));
    browser.open(uri("beheer/media/index.xhtml").toString());

    browser.driver().findElement(By.id("upload:file")).sendKeys(photo.toString());
    browser.driver().findElement(By.id("upload:alt-nl")).sendKeys("Browsertest: een werkplaats");
    browser.driver().findElement(By.id("upload:alt-en")).sendKeys("Browser test: a workshop");
    browser.driver().findElement(By.id("upload:submit")).click();

    awaitMessage(photo.getFileName().toString());
    browser.screenshot("media-library", Browser.DESKTOP);
    browser.screenshot("media-library", Browser.PHONE);
    assertThat(browser.accessibilityViolations()).isEmpty();

    browser.open(uri("beheer/media/index.xhtml?q=browsertest").toString());
    List<WebElement> tiles = browser.driver().findElements(By.cssSelector(".media-tile"));
    assertThat(tiles).hasSize(1);
    WebElement image = tiles.get(0).findElement(By.tagName("img"));
    assertThat(image.getDomAttribute("alt")).isEqualTo("Browsertest: een werkplaats");
    Object loadedWidth =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeScript("return arguments[0].naturalWidth", image);
    assertThat(((Number) loadedWidth).intValue()).isEqualTo(320);

    tiles.get(0).findElement(By.cssSelector("a.media-edit")).click();
    assertThat(browser.accessibilityViolations()).isEmpty();
    WebElement altNl = browser.driver().findElement(By.id("describe:alt-nl"));
    assertThat(altNl.getDomProperty("value")).isEqualTo("Browsertest: een werkplaats");
    altNl.clear();
    altNl.sendKeys("Browsertest: leerlingen in de werkplaats");
    browser.driver().findElement(By.id("describe:save")).click();
    awaitMessage(photo.getFileName().toString());
    browser.open(uri("beheer/media/index.xhtml?q=browsertest").toString());
    tiles = browser.driver().findElements(By.cssSelector(".media-tile"));
    assertThat(tiles.get(0).findElement(By.tagName("img")).getDomAttribute("alt"))
        .isEqualTo("Browsertest: leerlingen in de werkplaats");

    tiles.get(0).findElement(By.cssSelector("a.media-delete")).click();
    assertThat(browser.accessibilityViolations()).isEmpty();
    assertThat(browser.driver().findElement(By.id("remove-question")).getText()).isNotBlank();
    browser.driver().findElement(By.id("remove:confirm")).click();

    awaitMessage(photo.getFileName().toString());
    browser.open(uri("beheer/media/index.xhtml?q=browsertest").toString());
    assertThat(browser.driver().findElements(By.cssSelector(".media-tile"))).isEmpty();
  }

  @Test
  void aCasesPhotoIsSuggestedFromTheLibraryAndBringsItsAltText() throws Exception {
    Path photo = Files.createTempFile("kiesproef", ".png");
    Files.write(photo, TestImages.png(400, 300, false));
    browser.open(uri("beheer/media/index.xhtml").toString());
    browser.driver().findElement(By.id("upload:file")).sendKeys(photo.toString());
    browser.driver().findElement(By.id("upload:alt-nl")).sendKeys("Kiesproef: een robotarm");
    browser.driver().findElement(By.id("upload:submit")).click();
    awaitMessage(photo.getFileName().toString());

    browser.open(uri("beheer/cases/edit.xhtml").toString());
    assertThat(browser.accessibilityViolations()).isEmpty();
    String location =
        browser
            .driver()
            .findElement(
                By.cssSelector("datalist#media-choices option[label='Kiesproef: een robotarm']"))
            .getDomAttribute("value");
    assertThat(location).matches("/media/[0-9a-f]+/card\\.(jpg|png)");
    browser.driver().findElement(By.id("case:photoLocation")).sendKeys(location, Keys.TAB);

    browser
        .waiting()
        .until(
            d ->
                "Kiesproef: een robotarm"
                    .equals(d.findElement(By.id("case:photoAltText")).getDomProperty("value")));

    browser.open(uri("beheer/media/index.xhtml?q=kiesproef").toString());
    browser.driver().findElement(By.cssSelector(".media-tile a.media-delete")).click();
    browser.driver().findElement(By.id("remove:confirm")).click();
    awaitMessage(photo.getFileName().toString());
  }

  @Test
  void uploadWithoutAltTextIsRefusedWithAMessageAndNothingStored() throws Exception {
    Path photo = Files.createTempFile("zonder-alt", ".png");
    Files.write(photo, TestImages.png(200, 100, false));
    browser.open(uri("beheer/media/index.xhtml").toString());

    browser.driver().findElement(By.id("upload:file")).sendKeys(photo.toString());
    browser.driver().findElement(By.id("upload:submit")).click();

    awaitMessage("alt-tekst");
    browser.open(uri("beheer/media/index.xhtml?q=zonder-alt").toString());
    assertThat(browser.driver().findElements(By.cssSelector(".media-tile"))).isEmpty();
  }

  /** Waits for the page the form posted to, until its messages name the expected text. */
  private void awaitMessage(String expected) {
    browser
        .waiting()
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .withMessage(() -> "no message containing " + expected)
        .until(d -> d.findElement(By.id("messages")).getText().contains(expected));
  }
}
