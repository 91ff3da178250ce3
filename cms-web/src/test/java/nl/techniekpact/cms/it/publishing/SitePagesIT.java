package nl.techniekpact.cms.it.publishing;

import static nl.techniekpact.cms.it.publishing.EditorClient.etag;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import nl.techniekpact.cms.it.DeployedCms;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The site-pages plugin, installed on the first start as a bundled plugin: pages editors write
 * (contact, the accessibility statement) over the content API, each published one at {@code
 * /pagina/{slug}}, linked in the footer of every public page when chosen, in the sitemap and the
 * site search, and gone from all of them when taken offline. Deletes every page it made.
 */
class SitePagesIT extends DeployedCms {

  private static final String TYPE = "api/v1/content/site-pages/page";
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final List<String> MADE = new ArrayList<>();

  private static EditorClient national;
  private static EditorClient regional;

  @BeforeAll
  static void signIn() {
    national = EditorClient.as(PublishingITAccounts.NATIONAL);
    regional = EditorClient.as(PublishingITAccounts.REGIONAL);
  }

  @AfterAll
  static void deletePages() throws Exception {
    for (String slug : MADE) {
      HttpResponse<String> current = national.get(TYPE + "/" + slug);
      if (current.statusCode() == 200 && !EditorClient.json(current).containsKey("deletedAt")) {
        national.send("DELETE", TYPE + "/" + slug, null, etag(current));
      }
    }
  }

  @Test
  void aPublishedPageIsAtItsAddressInTheFooterTheSitemapAndTheSearchUntilTakenOffline()
      throws Exception {
    String slug = slug("toegankelijkheid");
    String word = "Toegankelijkheidsverklaring" + COUNTER.incrementAndGet() + "x";
    HttpResponse<String> created =
        create(
            slug,
            "{\"title\":{\"nl\":\"Toegankelijkheid\",\"en\":\"Accessibility\"},"
                + "\"summary\":{\"nl\":\"Hoe toegankelijk deze site is.\"},"
                + "\"body\":{\"nl\":\"<p>De "
                + word
                + " van <strong>Techniekpact</strong>.</p><script>alert(1)</script>\"},"
                + "\"in-footer\":true,\"footer-position\":1}");
    assertThat(get("pagina/" + slug).statusCode()).as("a draft").isEqualTo(404);
    assertThat(footerLinks(page(""))).doesNotContain("/pagina/" + slug);

    HttpResponse<String> published = publish(slug, created);

    Document dutch = page("pagina/" + slug);
    assertThat(dutch.title()).isEqualTo("Toegankelijkheid · Techniekpact");
    assertThat(dutch.select("meta[name=description]").attr("content"))
        .isEqualTo("Hoe toegankelijk deze site is.");
    assertThat(dutch.selectFirst("h1").text()).isEqualTo("Toegankelijkheid");
    assertThat(dutch.select(".site-page-text strong").text()).isEqualTo("Techniekpact");
    assertThat(dutch.select(".site-page-text script")).as("sanitized").isEmpty();
    assertThat(dutch.select(".site-page-updated time").attr("datetime"))
        .matches("\\d{4}-\\d\\d-\\d\\d");
    Document english = page("pagina/" + slug + "?lang=en");
    assertThat(english.selectFirst("h1").text()).isEqualTo("Accessibility");
    assertThat(english.selectFirst("h1").attr("lang")).isEqualTo("en");
    assertThat(english.selectFirst("article").attr("lang"))
        .as("the text has no English version")
        .isEqualTo("nl");
    assertThat(english.select(".site-page-updated").text()).startsWith("Last changed:");

    awaitSearchIndex(); // the search page is among them, and a fresh server may still build it
    for (String path : List.of("", "doelen", "cases", "zoeken?q=techniek")) {
      assertThat(footerLinks(page(path))).as(path).contains("/pagina/" + slug);
    }
    assertThat(footerLinks(page("doelen?lang=en"))).contains("/pagina/" + slug + "?lang=en");
    assertThat(page("?lang=en").select(".site-footer nav[aria-label=About this site] a").eachText())
        .contains("Accessibility");
    assertThat(get("sitemap.xml").body()).contains("/pagina/" + slug + "<");
    assertThat(searchLinks(word, links -> links.contains("/pagina/" + slug)))
        .contains("/pagina/" + slug);

    HttpResponse<String> offline =
        national.send(
            "PUT", TYPE + "/" + slug + "/publication", "{\"status\":\"DRAFT\"}", etag(published));
    assertThat(offline.statusCode()).as(offline.body()).isEqualTo(200);
    assertThat(get("pagina/" + slug).statusCode()).isEqualTo(404);
    assertThat(footerLinks(page(""))).doesNotContain("/pagina/" + slug);
    assertThat(get("sitemap.xml").body()).doesNotContain("/pagina/" + slug + "<");
    assertThat(searchLinks(word, links -> !links.contains("/pagina/" + slug)))
        .doesNotContain("/pagina/" + slug);
  }

  /**
   * The result links of a site search, asked again for up to ten seconds until {@code done}: the
   * index takes a committed change on its own writer thread, after the request that made it.
   */
  private static List<String> searchLinks(String query, Predicate<List<String>> done)
      throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    List<String> links = page("zoeken?q=" + query).select(".search-result a").eachAttr("href");
    while (!done.test(links) && System.nanoTime() < deadline) {
      Thread.sleep(200);
      links = page("zoeken?q=" + query).select(".search-result a").eachAttr("href");
    }
    return links;
  }

  @Test
  void onlyPagesMarkedForTheFooterAreThereByTheirPlaceAndAPageWithoutIsStillServed()
      throws Exception {
    String later = publish(slug("privacy"), "Privacy", true, 20);
    String first = publish(slug("contact"), "Contact", true, 10);
    String hidden = publish(slug("over"), "Over ons", false, 1);

    List<String> links = footerLinks(page(""));
    assertThat(links).contains("/pagina/" + first, "/pagina/" + later);
    assertThat(links.indexOf("/pagina/" + first)).isLessThan(links.indexOf("/pagina/" + later));
    assertThat(links).doesNotContain("/pagina/" + hidden);
    assertThat(page("pagina/" + hidden).selectFirst("h1").text()).isEqualTo("Over ons");
  }

  @Test
  void aRegionalEditorWritesNoPagesBecauseAPageBelongsToNoRegion() throws Exception {
    String slug = slug("regio-pagina");
    HttpResponse<String> refused =
        regional.send(
            "POST",
            TYPE,
            "{\"slug\":\""
                + slug
                + "\",\"fields\":{\"title\":\"Van de regio\",\"body\":\"<p>x</p>\"}}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(national.get(TYPE + "/" + slug).statusCode()).isEqualTo(404);
  }

  private static String publish(String slug, String title, boolean inFooter, int place)
      throws Exception {
    publish(
        slug,
        create(
            slug,
            "{\"title\":\""
                + title
                + "\",\"body\":\"<p>"
                + title
                + "</p>\",\"in-footer\":"
                + inFooter
                + ",\"footer-position\":"
                + place
                + "}"));
    return slug;
  }

  /** Creates a draft page as the national editor (201 checked). */
  private static HttpResponse<String> create(String slug, String fields) throws Exception {
    HttpResponse<String> created =
        national.send("POST", TYPE, "{\"slug\":\"" + slug + "\",\"fields\":" + fields + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return created;
  }

  /** Publishes the version a response names as the national editor (200 checked). */
  private static HttpResponse<String> publish(String slug, HttpResponse<String> version)
      throws Exception {
    HttpResponse<String> published =
        national.send(
            "PUT", TYPE + "/" + slug + "/publication", "{\"status\":\"PUBLISHED\"}", etag(version));
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    return published;
  }

  private static List<String> footerLinks(Document page) {
    return page.select(".site-footer nav.site-pages a").eachAttr("href");
  }

  private static Document page(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body(), uri(path).toString());
  }

  private static String slug(String base) {
    String slug = "it-" + base + "-" + COUNTER.incrementAndGet();
    MADE.add(slug);
    return slug;
  }
}
