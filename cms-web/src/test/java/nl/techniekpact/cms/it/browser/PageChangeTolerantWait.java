package nl.techniekpact.cms.it.browser;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A 20 s wait whose condition is asked again when the page was replaced while it looked: a stale
 * element, or Chromium's "Node with given id does not belong to the document" (an {@code unknown
 * error}, not a {@link StaleElementReferenceException}, raised when a navigation lands between
 * finding an element and reading it). Any other driver error fails at once.
 */
final class PageChangeTolerantWait extends WebDriverWait {

  PageChangeTolerantWait(WebDriver driver) {
    super(driver, Duration.ofSeconds(20));
    ignoring(StaleElementReferenceException.class);
  }

  @Override
  public <V> V until(Function<? super WebDriver, ? extends V> condition) {
    return super.until(
        driver -> {
          try {
            return condition.apply(driver);
          } catch (WebDriverException e) {
            if (replacedWhileLooking(e)) {
              return null;
            }
            throw e;
          }
        });
  }

  static boolean replacedWhileLooking(WebDriverException e) {
    String message = e.getMessage();
    return message != null && message.contains("does not belong to the document");
  }
}
