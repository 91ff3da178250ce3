package nl.techniekpact.cms.it.browser;

import static nl.techniekpact.cms.it.security.SecurityITAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.FormClient;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser: the notice that another editor has the item's form open passes axe, and
 * leaving the page tells the server (the beacon of presence.js, ADR 0046).
 */
class EditingPresenceBrowserIT extends DeployedCms {

  private static final String FORM = "beheer/regions/edit.xhtml?slug=noordwest-nederland";

  @Test
  void theNoticeIsAccessibleAndLeavingThePageEndsTheEditorsPresence() throws Exception {
    FormClient bram = new FormClient().signIn(SecurityITAccounts.SECOND_EDITOR, PASSWORD);
    bram.page(FORM);
    Browser browser = Browser.start();
    try {
      BackOfficeBrowserIT.signIn(browser, SecurityITAccounts.EDITOR, PASSWORD);
      browser.open(uri(FORM).toString());

      WebElement notice =
          browser
              .waiting()
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("presence-others")));
      assertThat(notice.getText()).contains("Bram Tweede");
      assertThat(browser.accessibilityViolations()).as("the form with the notice").isEmpty();
      browser.screenshot("backoffice-presence", Browser.DESKTOP);
      assertThat(othersSeenBy(bram)).contains("Eva Editor");

      browser.open(uri("beheer/index.xhtml").toString());

      browser.waiting().until(page -> !othersSeenBy(bram).contains("Eva Editor"));
      assertThat(browser.consoleErrors()).isEmpty();
    } finally {
      browser.close();
    }
  }

  private static String othersSeenBy(FormClient editor) {
    try {
      Element text = editor.page(FORM).selectFirst("#presence-others");
      return text == null ? "" : text.text();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
