package nl.techniekpact.plugins.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.techniekpact.plugin.api.ContentItem;
import nl.techniekpact.plugin.api.ContentItem.Text;
import nl.techniekpact.plugin.api.ContentItems;
import nl.techniekpact.plugin.api.FragmentRequest;
import nl.techniekpact.plugin.api.PageSlot;
import nl.techniekpact.plugin.api.PluginContext;
import org.junit.jupiter.api.Test;

class FooterLinksTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  @Test
  void titlesAreEscapedAndEnglishLinksKeepTheLanguageAndMarkDutchTitles() {
    FooterLinks footer =
        new FooterLinks(
            context(
                page("contact", new Text("Contact <b>& \"meer\"</b>", "Contact us"), 1L),
                page("privacy", new Text("Privacy", null), 2L)));

    String dutch = footer.render(new FragmentRequest(PageSlot.FOOTER, DUTCH, Map.of()));
    String english = footer.render(new FragmentRequest(PageSlot.FOOTER, Locale.ENGLISH, Map.of()));

    assertThat(dutch)
        .startsWith("<nav class=\"site-pages\" aria-label=\"Over deze site\"><ul>")
        .contains(
            "<li><a href=\"/pagina/contact\">Contact &lt;b&gt;&amp; &quot;meer&quot;&lt;/b&gt;</a></li>")
        .contains("<li><a href=\"/pagina/privacy\">Privacy</a></li>")
        .doesNotContain("<b>", "lang=");
    assertThat(english)
        .contains("aria-label=\"About this site\"")
        .contains("<li><a href=\"/pagina/contact?lang=en\">Contact us</a></li>")
        .contains("<li><a href=\"/pagina/privacy?lang=en\" lang=\"nl\">Privacy</a></li>");
  }

  @Test
  void thereIsNoFooterNavigationWithoutPagesMarkedForIt() {
    FooterLinks footer = new FooterLinks(context(page("over", new Text("Over ons", null), null)));

    assertThat(footer.render(new FragmentRequest(PageSlot.FOOTER, DUTCH, Map.of()))).isEmpty();
  }

  @Test
  void pagesWithoutAPlaceFollowThePlacedOnesInTheVisitorsAlphabet() {
    FooterLinks footer =
        new FooterLinks(
            context(
                page("b", new Text("Beta", "Zulu"), null),
                page("a", new Text("Alfa", "Yankee"), null),
                page("c", new Text("Cookies", "Cookies"), 5L)));

    assertThat(footer.render(new FragmentRequest(PageSlot.FOOTER, DUTCH, Map.of())))
        .containsSubsequence("/pagina/c\"", "/pagina/a\"", "/pagina/b\"");
    assertThat(footer.render(new FragmentRequest(PageSlot.FOOTER, Locale.ENGLISH, Map.of())))
        .containsSubsequence("/pagina/c?", "/pagina/a?", "/pagina/b?");
  }

  private static ContentItem page(String slug, Text title, Long place) {
    Map<String, Object> values =
        place == null
            ? Map.of(PageType.TITLE, title, PageType.IN_FOOTER, !slug.equals("over"))
            : Map.of(
                PageType.TITLE, title, PageType.IN_FOOTER, true, PageType.FOOTER_POSITION, place);
    return new ContentItem(PageType.KEY, slug, null, values, Instant.EPOCH);
  }

  private static PluginContext context(ContentItem... pages) {
    ContentItems items =
        new ContentItems() {
          @Override
          public List<ContentItem> published(String type) {
            return List.of(pages);
          }

          @Override
          public Optional<ContentItem> published(String type, String slug) {
            return Optional.empty();
          }
        };
    return (PluginContext)
        Proxy.newProxyInstance(
            FooterLinksTest.class.getClassLoader(),
            new Class<?>[] {PluginContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("items")) {
                return items;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
