package nl.techniekpact.plugins.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.techniekpact.plugin.api.ContentItem;
import nl.techniekpact.plugin.api.ContentItem.Text;
import nl.techniekpact.plugin.api.ContentItems;
import org.junit.jupiter.api.Test;

class PagesTest {

  private static final Instant SAVED = Instant.parse("2026-11-29T23:30:00Z");

  @Test
  void theFooterListsOnlyPagesMarkedForItByPlaceThenTitleWithUnplacedOnesLast() {
    ContentItems items =
        items(
            page("privacy", "Privacy", null, true, null),
            page("contact", "Contact", "Contact us", true, 2L),
            page("over", "Over het Techniekpact", null, false, 1L),
            page("toegankelijkheid", "Toegankelijkheid", "Accessibility", true, 1L),
            page("cookies", "Cookies", null, true, null));

    assertThat(Pages.footer(items, Locale.forLanguageTag("nl")))
        .extracting(Pages.Link::path)
        .containsExactly(
            "/pagina/toegankelijkheid", "/pagina/contact", "/pagina/cookies", "/pagina/privacy");
    assertThat(Pages.footer(items, Locale.ENGLISH))
        .extracting(Pages.Link::title)
        .containsExactly("Accessibility", "Contact us", "Cookies", "Privacy");
  }

  @Test
  void anEnglishVisitorOfAPageWithoutEnglishTextGetsTheDutchMarkedAsDutch() {
    ContentItems items =
        items(
            page("privacy", "Privacy", null, true, null),
            page("contact", "Contact", "Contact us", true, null));

    PageView dutchOnly = Pages.view(items, "privacy", Locale.ENGLISH).orElseThrow();
    PageView translated = Pages.view(items, "contact", Locale.ENGLISH).orElseThrow();
    PageView dutch = Pages.view(items, "contact", Locale.forLanguageTag("nl")).orElseThrow();

    assertThat(dutchOnly.language()).isEqualTo("nl");
    assertThat(dutchOnly.titleLanguage()).isEqualTo("nl");
    assertThat(dutchOnly.body()).isEqualTo("<p>Privacy tekst</p>");
    assertThat(translated.language()).isEqualTo("en");
    assertThat(translated.titleLanguage()).isEqualTo("en");
    assertThat(translated.body()).isEqualTo("<p>Contact us text</p>");
    assertThat(translated.homeHref()).isEqualTo("/?lang=en");
    assertThat(dutch.language()).isEqualTo("nl");
    assertThat(dutch.homeHref()).isEqualTo("/");
  }

  @Test
  void aTranslatedTitleAboveAnUntranslatedTextHasALanguageOfItsOwn() {
    ContentItem page =
        new ContentItem(
            PageType.KEY,
            "toegankelijkheid",
            null,
            Map.of(
                PageType.TITLE, new Text("Toegankelijkheid", "Accessibility"),
                PageType.BODY, new Text("<p>Iedereen</p>", null)),
            SAVED);

    PageView view = Pages.view(page, Locale.ENGLISH);

    assertThat(view.title()).isEqualTo("Accessibility");
    assertThat(view.titleLanguage()).isEqualTo("en");
    assertThat(view.language()).isEqualTo("nl");
  }

  @Test
  void theLastChangeIsTheDutchCalendarDayInTheVisitorsLanguage() {
    ContentItems items = items(page("contact", "Contact", null, false, null));

    PageView dutch = Pages.view(items, "contact", Locale.forLanguageTag("nl")).orElseThrow();
    PageView english = Pages.view(items, "contact", Locale.ENGLISH).orElseThrow();

    // 23:30 UTC on the 29th is 00:30 on the 30th in Amsterdam
    assertThat(dutch.updatedIso()).isEqualTo("2026-11-30");
    assertThat(dutch.updated()).isEqualTo("30 november 2026");
    assertThat(english.updated()).isEqualTo("30 November 2026");
  }

  @Test
  void anUnknownSlugIsNoPageAndTheSitemapListsEveryPublishedPage() {
    ContentItems items =
        items(
            page("contact", "Contact", null, false, null),
            page("privacy", "Privacy", null, true, null));

    assertThat(Pages.view(items, "elders", Locale.ENGLISH)).isEmpty();
    assertThat(Pages.paths(items)).containsExactly("/pagina/contact", "/pagina/privacy");
  }

  private static ContentItem page(
      String slug, String title, String englishTitle, boolean inFooter, Long place) {
    Map<String, Object> values = new HashMap<>();
    values.put(PageType.TITLE, new Text(title, englishTitle));
    values.put(
        PageType.BODY,
        new Text(
            "<p>" + title + " tekst</p>",
            englishTitle == null ? null : "<p>" + englishTitle + " text</p>"));
    values.put(PageType.IN_FOOTER, inFooter);
    if (place != null) {
      values.put(PageType.FOOTER_POSITION, place);
    }
    return new ContentItem(PageType.KEY, slug, null, values, SAVED);
  }

  private static ContentItems items(ContentItem... pages) {
    List<ContentItem> all = List.of(pages);
    return new ContentItems() {
      @Override
      public List<ContentItem> published(String type) {
        return PageType.KEY.equals(type) ? all : List.of();
      }

      @Override
      public Optional<ContentItem> published(String type, String slug) {
        return published(type).stream().filter(page -> page.slug().equals(slug)).findFirst();
      }
    };
  }
}
