package nl.techniekpact.cms.it.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A real headless Debian Chromium driven by Selenium, for the browser tests: never downloads a
 * driver (the binaries are given explicitly), starts with a fresh profile, and offers the checks
 * every public page gets: axe-core for WCAG 2.1 AA and screenshots at phone and desktop widths.
 */
public final class Browser implements AutoCloseable {

  /** Phone width (iPhone-sized), mobile first. */
  public static final Dimension PHONE = new Dimension(390, 844);

  /** Desktop width. */
  public static final Dimension DESKTOP = new Dimension(1366, 900);

  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private final WebDriver driver;
  private final Path profile;

  private Browser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts Chromium ({@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} by default). */
  public static Browser start() {
    String binary = System.getProperty("chromium.binary", "/usr/bin/chromium");
    String driverBinary = System.getProperty("chromium.driver", "/usr/bin/chromedriver");
    if (!Files.isExecutable(Path.of(binary)) || !Files.isExecutable(Path.of(driverBinary))) {
      throw new IllegalStateException(
          "The browser tests need Debian's Chromium and ChromeDriver at "
              + binary
              + " and "
              + driverBinary
              + ": run 'sudo apt-get install chromium chromium-driver' (.ci/run does this)");
    }
    try {
      Path profile = Files.createTempDirectory("chromium-profile");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(binary);
      options.addArguments(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-quic",
          "--lang=nl-NL",
          "--user-data-dir=" + profile);
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File(driverBinary))
              .usingAnyFreePort()
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      driver.manage().window().setSize(DESKTOP);
      return new Browser(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Selenium driver. */
  public WebDriver driver() {
    return driver;
  }

  /**
   * A wait of up to 20 s that looks again when the page changed under it: an element it found was
   * replaced meanwhile (a postback or redirect replaces the page a wait may have looked at first),
   * or Chromium reports the node as no longer in the document while the next page loads.
   */
  public org.openqa.selenium.support.ui.WebDriverWait waiting() {
    return new PageChangeTolerantWait(driver);
  }

  /**
   * Clicks a button that asks for confirmation first (PrimeFaces {@code p:confirm}, such as
   * delete), answers yes, and waits until the page shows the result.
   *
   * @param button the button
   * @param result an element of the page the action leads to, such as {@code item-deleted}
   */
  public void clickAndConfirm(By button, By result) {
    driver.findElement(button).click();
    waiting()
        .until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")))
        .click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(result));
  }

  /** Opens a URL and waits for the page to load. */
  public Browser open(String url) {
    driver.get(url);
    return this;
  }

  /**
   * The WCAG 2.1 A and AA violations axe-core finds on the current page, one readable line each
   * (rule, impact, the first offending elements); empty when the page passes.
   */
  public List<String> accessibilityViolations() {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    return results.getViolations().stream().map(Browser::describe).toList();
  }

  private static String describe(Rule rule) {
    String targets =
        rule.getNodes().stream()
            .limit(3)
            .map(node -> String.valueOf(node.getTarget()))
            .collect(Collectors.joining(", "));
    return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + targets;
  }

  /**
   * The errors the page logged to the browser console since the last call (script errors and
   * Content-Security-Policy violations among them), one line each, except the missing favicon.
   */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        // the site has no favicon yet; browsers ask for one anyway
        .filter(message -> !message.contains("/favicon.ico "))
        .toList();
  }

  /**
   * How many CSS pixels the current page is wider than a window of this size (0 when it reflows
   * without horizontal scrolling, WCAG 1.4.10).
   */
  public long horizontalOverflow(Dimension size) {
    driver.manage().window().setSize(size);
    try {
      Object overflow =
          ((org.openqa.selenium.JavascriptExecutor) driver)
              .executeScript(
                  "return document.documentElement.scrollWidth"
                      + " - document.documentElement.clientWidth;");
      return ((Number) overflow).longValue();
    } finally {
      driver.manage().window().setSize(DESKTOP);
    }
  }

  /** Saves a full-width screenshot of the current page to {@code target/screenshots/name.png}. */
  public Path screenshot(String name, Dimension size) {
    driver.manage().window().setSize(size);
    try {
      Path target = Path.of("target", "screenshots", name + "-" + size.getWidth() + ".png");
      Files.createDirectories(target.getParent());
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(DESKTOP);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temp profile is harmless
    }
  }
}
