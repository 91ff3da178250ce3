package nl.techniekpact.cms.it.firstparty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.techniekpact.cms.it.DropIn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The main menu in every public page's header: the host's goals and the first-party plugins' index
 * pages by their menu positions, in the page's language, with the current section marked; a
 * disabled plugin's entry leaves the menu on every page and comes back with it; a plugin whose
 * entry fails is left out of the menu, and its failures pause it.
 */
class SiteMenuIT extends FirstPartyIT {

  private static final List<String> SECTIONS =
      List.of("/regio", "/doelen", "/ambassadeurs", "/cases");

  @Test
  void everyPublicPageHasTheMenuOfTheSectionsInOrder() throws Exception {
    for (String path : List.of("", "doelen/4", "regio/noord-nederland", "zoeken?q=techniek")) {
      Document page = page(path);

      assertThat(menu(page).eachAttr("href")).as(path).containsExactlyElementsOf(SECTIONS);
      assertThat(menu(page).eachText())
          .as(path)
          .containsExactly("Landsdelen", "Doelen", "Ambassadeurs", "Cases");
      assertThat(page.select("header nav.site-menu").attr("aria-label")).isEqualTo("Hoofdmenu");
    }
    Document english = page("?lang=en");
    assertThat(menu(english).eachText())
        .containsExactly("Regions", "Goals", "Ambassadors", "Cases");
    assertThat(menu(english).eachAttr("href"))
        .containsExactlyElementsOf(SECTIONS.stream().map(path -> path + "?lang=en").toList());
    assertThat(english.select("header nav.site-menu").attr("aria-label")).isEqualTo("Main menu");
  }

  @Test
  void theCurrentSectionIsMarkedAsThePageOrAsTheSectionOfThePage() throws Exception {
    assertThat(current(page("doelen"))).containsExactly("/doelen=page");
    assertThat(current(page("cases"))).containsExactly("/cases=page");
    assertThat(current(page("cases/make-it-move"))).containsExactly("/cases=true");
    assertThat(current(page("regio/zuid-nederland?lang=en")))
        .containsExactly("/regio?lang=en=true");
    assertThat(current(page(""))).isEmpty();
  }

  @Test
  void aDisabledPluginsEntryLeavesTheMenuAndComesBackWithIt() throws Exception {
    plugin("ambassador-profiles", "disable");
    try {
      assertThat(menu(page("")).eachAttr("href")).containsExactly("/regio", "/doelen", "/cases");
      assertThat(menu(page("doelen/9?lang=en")).eachText())
          .containsExactly("Regions", "Goals", "Cases");
    } finally {
      plugin("ambassador-profiles", "enable");
    }
    assertThat(menu(page("")).eachAttr("href")).containsExactlyElementsOf(SECTIONS);
  }

  private static org.jsoup.select.Elements menu(Document page) {
    return page.select("header nav.site-menu a");
  }

  private static List<String> current(Document page) {
    return menu(page).stream()
        .filter(link -> link.hasAttr("aria-current"))
        .map((Element link) -> link.attr("href") + "=" + link.attr("aria-current"))
        .toList();
  }

  @Test
  void anEntryThatFailsIsLeftOutAndAskedAgainUntilItsPluginIsPausedWhileTheSiteWorks()
      throws Exception {
    assertThat(DropIn.install("menu-fails").done()).isTrue();
    try {
      Document home = page("");
      assertThat(menu(home).eachAttr("href")).containsExactlyElementsOf(SECTIONS);
      assertThat(page("menu-fails").selectFirst("h1").text()).isEqualTo("Menu fails");

      // a menu with a failed entry is not kept: the next pages ask again, each failure counts
      Instant until = Instant.now().plus(Duration.ofSeconds(30));
      while (get("menu-fails").statusCode() == 200 && Instant.now().isBefore(until)) {
        assertThat(menu(page("doelen")).eachAttr("href")).containsExactlyElementsOf(SECTIONS);
      }
      assertThat(get("menu-fails").statusCode()).as("paused, its page is gone").isEqualTo(404);
      assertThat(send(admin("api/v1/plugins").GET().build()).body())
          .contains("\"id\":\"fixture-menu-fails\"")
          .contains("last in menu page: ");
      assertThat(menu(page("")).eachAttr("href")).containsExactlyElementsOf(SECTIONS);
    } finally {
      DropIn.removeQuietly("fixture-menu-fails");
    }
  }
}
