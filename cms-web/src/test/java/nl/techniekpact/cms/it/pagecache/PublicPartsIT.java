package nl.techniekpact.cms.it.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.DropIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The parts of public pages kept across requests (the home page's fragments and host content, ADR
 * 0024) against the running CMS: every request here asks for the home page under a query string
 * never used before, so the page cache always misses and what is checked is what the kept parts
 * give, in Dutch and in English — never a withdrawn, deleted, ended or not-yet-due case, never an
 * old title, and a plugin enabled or disabled at once. Content is changed through {@link
 * PageCacheITContent}, which writes and fires {@code ContentChanged} as every write path does.
 */
class PublicPartsIT extends DeployedCms {

  private static final String CASE = "make-it-move";
  private static final String LINK = "/cases/" + CASE;
  private static final String SEED_TITLE = "Make it Move";

  @AfterEach
  void restore() throws Exception {
    change("restore");
    change("title?nl=" + SEED_TITLE.replace(" ", "%20"));
    change("publish");
    DropIn.removeQuietly("example-internships");
  }

  @Test
  void theHomePageCasesFollowEveryChangeInBothLanguages() throws Exception {
    assertShown(true);

    change("title?nl=Deel%20bewerkt");
    assertThat(home("nl")).contains("Deel bewerkt").doesNotContain(SEED_TITLE);

    change("withdraw");
    assertShown(false);

    change("publish");
    assertShown(true);
    assertThat(home("nl")).contains("Deel bewerkt");

    change("delete");
    assertShown(false);

    change("restore");
    assertShown(true);
  }

  @Test
  void aScheduledCaseAppearsAndAnEndedCaseGoesAtTheirMomentsWithoutAnyEvent() throws Exception {
    change("schedule?millis=4000");
    long start = System.currentTimeMillis() + 4000;
    assertShown(false);

    Thread.sleep(Math.max(0, start - System.currentTimeMillis()) + 1000);
    assertShown(true);

    change("publish");
    change("end?millis=4000");
    long end = System.currentTimeMillis() + 4000;
    assertShown(true);

    // the publication timer runs every 30 s by default: the part must go at the moment itself
    Thread.sleep(Math.max(0, end - System.currentTimeMillis()) + 1000);
    assertShown(false);
  }

  @Test
  void aPluginEnabledOrDisabledChangesTheHomePageAtOnce() throws Exception {
    assertThat(home("nl")).doesNotContain("plugin-internships");

    assertThat(DropIn.install("internships").done()).isTrue();
    assertThat(home("nl")).contains("plugin-internships");
    assertThat(home("en")).contains("plugin-internships");

    assertThat(DropIn.command("example-internships", "disable").done()).isTrue();
    assertThat(home("nl")).doesNotContain("plugin-internships");
    assertThat(home("en")).doesNotContain("plugin-internships");
  }

  @Test
  void dutchAndEnglishPartsAreKeptApart() throws Exception {
    for (int i = 0; i < 2; i++) {
      String dutch = home("nl");
      String english = home("en");
      assertThat(dutch).contains("Alle ambassadeurs").doesNotContain("All ambassadors");
      assertThat(english).contains("All ambassadors").doesNotContain("Alle ambassadeurs");
      assertThat(english).contains(LINK + "?lang=en");
    }
  }

  private static void assertShown(boolean shown) throws Exception {
    for (String language : List.of("nl", "en")) {
      String page = home(language);
      if (shown) {
        assertThat(page).as(language).contains(LINK);
      } else {
        assertThat(page).as(language).doesNotContain(LINK);
      }
    }
  }

  /** The home page under a query string of its own: never a page cache hit. */
  private static String home(String language) throws Exception {
    HttpResponse<String> response =
        get("?it=parts-" + System.nanoTime() + ("en".equals(language) ? "&lang=en" : ""));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Cache")).hasValue("miss");
    return response.body();
  }

  private static void change(String what) throws Exception {
    PageCacheIT.change(what);
  }
}
