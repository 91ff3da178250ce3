package nl.techniekpact.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.techniekpact.model.catalogue.Catalogue;
import nl.techniekpact.model.catalogue.GoalEntry;
import nl.techniekpact.model.catalogue.PactEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What search engines and link previews read: titles, descriptions, Open Graph, the sitemap. */
class SeoIT extends DeployedCms {

  private static final PactEntry PACT = Catalogue.seed().pacts().get(0);
  private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

  private static Document page(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  private static String meta(Document page, String selector) {
    return page.select(selector).attr("content");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "?lang=en", "doelen", "doelen?lang=en", "doelen/9", "doelen/9?lang=en"})
  void everyHostPageHasTitleDescriptionCanonicalAndOpenGraph(String path) throws Exception {
    Document page = page(path);
    String expectedUrl = uri(path).toString();

    assertThat(page.title()).isNotBlank().endsWith("Techniekpact");
    assertThat(page.select("head title")).hasSize(1);
    assertThat(page.select("meta[name=description]")).hasSize(1);
    assertThat(meta(page, "meta[name=description]")).isNotBlank();
    assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(expectedUrl);
    assertThat(meta(page, "meta[property=og:url]")).isEqualTo(expectedUrl);
    assertThat(meta(page, "meta[property=og:title]")).isNotBlank();
    assertThat(meta(page, "meta[property=og:description]"))
        .isEqualTo(meta(page, "meta[name=description]"));
    assertThat(meta(page, "meta[property=og:type]")).isIn("website", "article");
    assertThat(meta(page, "meta[property=og:locale]"))
        .isEqualTo(path.contains("lang=en") ? "en_GB" : "nl_NL");
  }

  @Test
  void goalPageDescribesTheGoalAndDiffersFromTheHomePage() throws Exception {
    GoalEntry nine = PACT.goals().get(8);
    Document goal = page("doelen/9");
    Document home = page("");

    assertThat(goal.title()).isEqualTo("Doel 9: " + nine.title().getNl() + " · Techniekpact");
    assertThat(meta(goal, "meta[property=og:title]")).isEqualTo("Doel 9: " + nine.title().getNl());
    assertThat(meta(goal, "meta[name=description]")).contains(nine.title().getNl());
    assertThat(meta(goal, "meta[property=og:type]")).isEqualTo("article");
    assertThat(meta(goal, "meta[name=description]"))
        .isNotEqualTo(meta(home, "meta[name=description]"));
    assertThat(goal.selectFirst("link[rel=alternate][hreflang=en]").attr("href"))
        .isEqualTo(uri("doelen/9?lang=en").toString());
  }

  @Test
  void sitemapIsWellFormedAndListsHomeAndEveryGoalInBothLanguages() throws Exception {
    HttpResponse<String> response = get("sitemap.xml");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    org.w3c.dom.Document xml =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("urlset");
    assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP_NS);

    List<String> locs = new ArrayList<>();
    NodeList urls = xml.getElementsByTagNameNS(SITEMAP_NS, "url");
    for (int i = 0; i < urls.getLength(); i++) {
      Element url = (Element) urls.item(i);
      String loc = url.getElementsByTagNameNS(SITEMAP_NS, "loc").item(0).getTextContent();
      locs.add(loc);
      NodeList links = url.getElementsByTagNameNS(XHTML_NS, "link");
      Set<String> languages = new HashSet<>();
      for (int j = 0; j < links.getLength(); j++) {
        languages.add(((Element) links.item(j)).getAttribute("hreflang"));
      }
      assertThat(languages).as(loc).containsExactlyInAnyOrder("nl", "en", "x-default");
    }

    List<String> expected = new ArrayList<>();
    List<String> paths = new ArrayList<>(List.of("", "doelen"));
    PACT.goals().forEach(g -> paths.add("doelen/" + g.number()));
    for (String path : paths) {
      expected.add(uri(path).toString());
      expected.add(uri(path) + "?lang=en");
    }
    // the host's pages; the running plugins add theirs (FirstPartySitemapIT checks those)
    assertThat(locs).containsAll(expected).doesNotHaveDuplicates();
    for (String loc : locs) {
      HttpResponse<String> answer = send(request("").uri(URI.create(loc)).GET().build());
      assertThat(answer.statusCode()).as(loc).isEqualTo(200);
    }
  }

  @Test
  void robotsTxtNamesTheSitemapByItsAbsoluteAddress() throws Exception {
    HttpResponse<String> response = get("robots.txt");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("Disallow: /beheer/")
        .containsPattern("(?m)^Sitemap: " + uri("sitemap.xml") + "$");
  }
}
