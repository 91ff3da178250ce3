package nl.techniekpact.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Plugin pages and static files from plugin jars, live: the example plugin's places page framed by
 * the site, its style sheet and image, what disabling and upgrading do to them, path traversal, and
 * a page whose plugin throws.
 */
class PluginPagesIT extends DeployedCms {

  private static final String PAGE = "p/example-internships/places";
  private static final String CSS_1_0 = "p/example-internships/1.0.0/static/css/internships.css";

  @AfterEach
  void removePlugins() {
    DropIn.removeQuietly("fixture-render-fails");
    DropIn.removeQuietly("example-internships");
  }

  @Test
  void placesPageRendersInsideTheSiteFrameAtItsStableAddress() throws Exception {
    assertThat(DropIn.install("internships").done()).isTrue();

    HttpResponse<String> page = get(PAGE);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body())
        .contains("<html", "lang=\"nl\"", "class=\"skip-link\"", "<main id=\"main\"")
        .contains("<title>Stage- en leerbanen – Techniekpact</title>")
        .contains("<h2 id=\"region-noord-nederland\">Noord-Nederland</h2>")
        .contains("Procesoperator", "Chemiepark Delfzijl", "6 plaatsen")
        .contains("href=\"/" + CSS_1_0 + "\"")
        .contains("example-internships 1.0.0")
        .contains("hreflang=\"en\" href=\"http://localhost:")
        .contains("/" + PAGE + "?lang=en\"")
        .doesNotContain("#{", "ui:composition", "jakarta.faces.ViewState");
    assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();

    HttpResponse<String> english = get(PAGE + "?lang=en");
    assertThat(english.statusCode()).isEqualTo(200);
    assertThat(english.body())
        .contains("lang=\"en\"", "Internships and apprenticeships", "6 places");

    HttpResponse<String> versioned = get("p/example-internships/1.0.0/places.xhtml");
    assertThat(versioned.statusCode()).isEqualTo(200);
    assertThat(versioned.body()).contains("Procesoperator");
  }

  @Test
  void staticFilesComeWithTheirTypeAndAreCachedForAYear() throws Exception {
    DropIn.install("internships");

    HttpResponse<String> css = get(CSS_1_0);
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css;charset=UTF-8");
    assertThat(css.headers().firstValue("Cache-Control"))
        .hasValue("public, max-age=31536000, immutable");
    assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(css.body()).contains(".plugin-internships-page");

    HttpResponse<String> svg = get("p/example-internships/1.0.0/static/img/wrench.svg");
    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(svg.headers().firstValue("Content-Type")).hasValue("image/svg+xml");

    HttpResponse<String> head =
        send(request(CSS_1_0).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    assertThat(head.statusCode()).isEqualTo(200);

    assertThat(get("p/example-internships/1.0.0/static/css/missing.css").statusCode())
        .isEqualTo(404);
    assertThat(get("p/example-internships/1.0.0/static/css").statusCode()).isEqualTo(404);
    assertThat(get("p/example-internships/9.9.9/static/css/internships.css").statusCode())
        .isEqualTo(404);
    assertThat(
            send(request(CSS_1_0).POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode())
        .isEqualTo(405);
  }

  @Test
  void pathTraversalNeverLeavesThePluginsStaticFolder() throws Exception {
    DropIn.install("internships");

    for (String path :
        new String[] {
          "p/example-internships/1.0.0/static/../pages/places.xhtml",
          "p/example-internships/1.0.0/static/css/../../pages/places.xhtml",
          "p/example-internships/1.0.0/static/%2e%2e/pages/places.xhtml",
          "p/example-internships/1.0.0/static/%2E%2E%2Fpages%2Fplaces.xhtml",
          "p/example-internships/1.0.0/static/..%2f..%2f..%2fWEB-INF%2fweb.xml",
          "p/example-internships/1.0.0/static/..\\..\\pages\\places.xhtml",
          "p/example-internships/1.0.0/static/.%2e/.%2e/META-INF/MANIFEST.MF",
          "p/example-internships/1.0.0/static/nl/techniekpact/example/internships/Places.class"
        }) {
      HttpResponse<String> response = raw(path);
      assertThat(response.statusCode()).as(path).isIn(400, 403, 404);
      assertThat(response.body())
          .as(path)
          .doesNotContain("ui:composition", "<web-app", "Plugin-Id", "Manifest-Version");
    }

    // dots that climb above /p/ are resolved by the server before the plugin filter sees them:
    // the war's own rules apply (no raw WEB-INF), nothing is read from a plugin
    HttpResponse<String> outside =
        raw("p/example-internships/1.0.0/static/../../../../WEB-INF/web.xml");
    assertThat(outside.statusCode()).isNotEqualTo(200);
    assertThat(outside.body()).doesNotContain("<web-app");
  }

  @Test
  void disabledPluginsPagesAndFilesAreNotFoundWhileTheSiteWorks() throws Exception {
    DropIn.install("internships");
    assertThat(get(PAGE).statusCode()).isEqualTo(200);

    assertThat(DropIn.command("example-internships", "disable").done()).isTrue();

    HttpResponse<String> page = get(PAGE);
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("Pagina niet gevonden").doesNotContain("Procesoperator");
    assertThat(get("p/example-internships/1.0.0/places.xhtml").statusCode()).isEqualTo(404);
    assertThat(get(CSS_1_0).statusCode()).isEqualTo(404);
    assertThat(get("").statusCode()).isEqualTo(200);

    assertThat(DropIn.command("example-internships", "enable").done()).isTrue();
    assertThat(get(PAGE).statusCode()).isEqualTo(200);

    assertThat(DropIn.command("example-internships", "remove").done()).isTrue();
    assertThat(get(PAGE).statusCode()).isEqualTo(404);
    assertThat(get(CSS_1_0).statusCode()).isEqualTo(404);
  }

  @Test
  void upgradeShowsTheNewVersionAtTheStableAddress() throws Exception {
    DropIn.install("internships");
    assertThat(get(PAGE).body()).contains("example-internships 1.0.0");

    assertThat(DropIn.install("internships-upgrade").done()).isTrue();

    HttpResponse<String> page = get(PAGE);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("example-internships 1.1.0")
        .contains("/p/example-internships/1.1.0/static/css/internships.css")
        .doesNotContain("/p/example-internships/1.0.0/");
    HttpResponse<String> old = get("p/example-internships/1.0.0/places.xhtml?lang=en");
    assertThat(old.statusCode()).isEqualTo(302);
    assertThat(old.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/" + PAGE + "?lang=en"));
    assertThat(get(CSS_1_0).statusCode()).isEqualTo(404);
    assertThat(get("p/example-internships/1.1.0/static/css/internships.css").statusCode())
        .isEqualTo(200);
  }

  @Test
  void pageWhosePluginThrowsIsAFriendlyErrorWhileTheSiteAndOtherPluginsWork() throws Exception {
    DropIn.install("internships");
    assertThat(DropIn.install("render-fails").done()).isTrue();

    HttpResponse<String> broken = get("p/fixture-render-fails/broken");

    assertThat(broken.statusCode()).isEqualTo(503);
    assertThat(broken.body())
        .contains("Dit onderdeel van de site is tijdelijk niet beschikbaar")
        .doesNotContain("on purpose", "IllegalStateException", "never shown");
    assertThat(get(PAGE).statusCode()).isEqualTo(200);
    assertThat(get("").statusCode()).isEqualTo(200);
    assertThat(get("health").body()).contains("\"status\":\"UP\"");
  }

  @Test
  void unknownPluginsAndPagesAreNotFound() throws Exception {
    DropIn.install("internships");

    assertThat(get("p/no-such-plugin/places").statusCode()).isEqualTo(404);
    assertThat(get("p/example-internships/no-such-page").statusCode()).isEqualTo(404);
    assertThat(get("p/example-internships/1.0.0/no-such-page.xhtml").statusCode()).isEqualTo(404);
    assertThat(get("p/").statusCode()).isEqualTo(404);
  }

  /** GETs a path exactly as written: no normalising of dots, no re-encoding. */
  private static HttpResponse<String> raw(String path) throws Exception {
    URI uri = URI.create(CmsDeployment.baseUri() + path.replace("\\", "%5C"));
    return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build());
  }
}
