package nl.techniekpact.cms.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.techniekpact.cms.plugin.host.ActivePlugin;
import nl.techniekpact.cms.search.SearchDocument.Stamp;
import nl.techniekpact.plugin.api.ContentType;
import nl.techniekpact.plugin.api.FieldDefinition;
import nl.techniekpact.plugin.api.FieldType;
import nl.techniekpact.plugin.api.PublicPage;
import nl.techniekpact.plugin.api.PublicPageRequest;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How an item of a plugin's content type becomes a search document, and how search shows it. */
class SearchPluginItemsTest {

  private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");

  private static final ContentType PLACE =
      new ContentType(
              "internship-place",
              "Stage- of leerbaan",
              List.of(
                  FieldDefinition.optional("organisation", "Organisatie", FieldType.TEXT),
                  FieldDefinition.required("title", "Titel", FieldType.TEXT),
                  FieldDefinition.optional("about", "Over", FieldType.RICH_TEXT),
                  FieldDefinition.optional("apply-at", "Aanmelden", FieldType.URL),
                  FieldDefinition.optional("places", "Plaatsen", FieldType.NUMBER)))
          .inEnglish("Internship or apprenticeship");

  private static final String VALUES =
      "{\"title\":{\"nl\":\"Lasser in opleiding\",\"en\":\"Trainee welder\"},"
          + "\"organisation\":{\"nl\":\"Scheepswerf Noord\"},"
          + "\"about\":{\"nl\":\"<p>Je leert <b>lassen</b> &amp; snijden"
          + "<script>alert(1)</script></p>\",\"en\":\"<p>You learn welding</p>\"},"
          + "\"apply-at\":\"https://werf.example/zeldzaamwoord\",\"places\":3,"
          + "\"dropped\":{\"nl\":\"verdwenenveld\"}}";

  private SearchIndex index;

  @BeforeEach
  void open() throws IOException {
    index = SearchIndex.create(new ByteBuffersDirectory());
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private static ActivePlugin plugin(List<PublicPage> pages, List<ActivePlugin.PageRoute> routes) {
    return new ActivePlugin(
        "internships",
        "1.0.0",
        SearchPluginItemsTest.class.getClassLoader(),
        Optional.empty(),
        List.of(),
        List.of(PLACE),
        List.of(),
        pages,
        "sha",
        routes,
        List.of(),
        List.of());
  }

  private static PublicPage page(String id) {
    return new PublicPage() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String title(Locale locale) {
        return id;
      }

      @Override
      public Object model(PublicPageRequest request) {
        return null;
      }
    };
  }

  private static final ActivePlugin LISTED = plugin(List.of(page("places")), List.of());

  private static SearchDocument place(String slug, Instant from, Instant until) {
    return SearchPluginItems.document(LISTED, PLACE, slug, VALUES, from, until, new Stamp(2, 1000));
  }

  private SearchResults search(String text, boolean english) {
    return index.search(new SearchRequest(text, null, english, 0, 20, NOW));
  }

  @Test
  void anItemIsFoundByItsTitleAndTextFieldsWithItsTypeAndPage() {
    SearchDocument doc = place("lasser", null, null);

    assertThat(doc.type()).isEqualTo(SearchType.PLUGIN_ITEM);
    assertThat(doc.key()).isEqualTo("internships/internship-place/lasser");
    assertThat(doc.titleNl()).isEqualTo("Lasser in opleiding");
    assertThat(doc.titleEn()).isEqualTo("Trainee welder");
    assertThat(doc.textNl()).isEqualTo("Scheepswerf Noord\nJe leert lassen & snijden");
    assertThat(doc.textEn()).isEqualTo("You learn welding");
    assertThat(doc.link()).isEqualTo("/p/internships/places");

    index.put(doc);
    index.refresh();
    SearchHit hit = search("scheepswerf", false).hits().get(0);
    assertThat(hit.type()).isEqualTo(SearchType.PLUGIN_ITEM);
    assertThat(hit.slug()).isEqualTo("lasser");
    assertThat(hit.pluginType()).isEqualTo("internships/internship-place");
    assertThat(hit.typeLabel()).isEqualTo("Stage- of leerbaan");
    assertThat(hit.title()).isEqualTo("Lasser in opleiding");
    assertThat(hit.snippet().text()).contains("Scheepswerf").doesNotContain("<");
    assertThat(hit.link()).isEqualTo("/p/internships/places");

    SearchHit english = search("welding", true).hits().get(0);
    assertThat(english.title()).isEqualTo("Trainee welder");
    assertThat(english.typeLabel()).isEqualTo("Internship or apprenticeship");
    assertThat(english.language()).isEqualTo("en");
  }

  @Test
  void markupUrlsNumbersAndFieldsTheTypeNoLongerHasAreNotSearched() {
    index.put(place("lasser", null, null));
    index.refresh();

    assertThat(search("lassen", false).total()).isEqualTo(1);
    assertThat(search("script", false).total()).isZero();
    assertThat(search("alert", false).total()).isZero();
    assertThat(search("zeldzaamwoord", false).total()).isZero();
    assertThat(search("verdwenenveld", false).total()).isZero();
  }

  @Test
  void scheduledAndEndedItemsAreFoundOnlyWithinTheirMomentsToTheMillisecond() {
    index.put(place("later", NOW.plusMillis(1), null));
    index.put(place("ended", null, NOW));
    index.put(place("now", NOW, NOW.plusMillis(1)));
    index.refresh();

    assertThat(search("scheepswerf", false).hits())
        .extracting(SearchHit::slug)
        .containsExactly("now");
    assertThat(
            index
                .search(
                    new SearchRequest(
                        "scheepswerf", null, false, 0, 20, NOW.plus(Duration.ofMillis(1))))
                .hits())
        .extracting(SearchHit::slug)
        .containsExactly("later");
  }

  @Test
  void aStoppedPluginsItemsLeaveTheIndexTogether() {
    index.put(place("een", null, null));
    index.put(place("twee", null, null));
    index.refresh();
    assertThat(search("scheepswerf", false).total()).isEqualTo(2);

    index.removePlugin("internships");
    index.refresh();

    assertThat(search("scheepswerf", false).total()).isZero();
  }

  @Test
  void theTypeFilterFindsPluginItemsAsOneType() {
    index.put(place("lasser", null, null));
    index.put(
        new SearchDocument(
            SearchType.CASE, "werf", "Scheepswerf", null, "", null, "/cases/werf", null));
    index.refresh();

    assertThat(
            index
                .search(new SearchRequest("scheepswerf", SearchType.PLUGIN_ITEM, false, 0, 20, NOW))
                .hits())
        .extracting(SearchHit::slug)
        .containsExactly("lasser");
  }

  @Test
  void aPageWithASlugRouteIsTheItemsPageAndAPluginWithoutPagesIsNotSearchable() {
    ActivePlugin detail =
        plugin(
            List.of(page("list"), page("detail")),
            List.of(
                new ActivePlugin.PageRoute("/stages", "list"),
                new ActivePlugin.PageRoute("/stages/{slug}", "detail")));

    assertThat(SearchPluginItems.link(detail, "lasser")).contains("/stages/lasser");
    assertThat(SearchPluginItems.link(LISTED, "lasser")).contains("/p/internships/places");
    assertThat(SearchPluginItems.link(plugin(List.of(), List.of()), "lasser")).isEmpty();
  }

  @Test
  void anItemWithoutATitleFieldValueIsTitledBySlug() {
    SearchDocument doc =
        SearchPluginItems.document(LISTED, PLACE, "naamloos", "{}", null, null, null);

    assertThat(doc.titleNl()).isEqualTo("naamloos");
    assertThat(doc.textNl()).isEmpty();
  }
}
