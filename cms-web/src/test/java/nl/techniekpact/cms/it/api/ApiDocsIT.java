package nl.techniekpact.cms.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.DropIn;
import org.junit.jupiter.api.Test;

/** The interactive API page at {@code /api/docs} and what it loads, under the strict CSP. */
class ApiDocsIT extends DeployedCms {

  @Test
  void pageLoadsSwaggerUiFromTheWarAndItsSetUpFromAFileNotInline() throws Exception {
    HttpResponse<String> page = get("api/docs");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body())
        .contains("data-url=\"/api/v1/openapi.json\"")
        .contains("<script src=\"/api/docs/init.js\"></script>")
        .doesNotContain("<script>")
        .doesNotContain("style=");
    Matcher bundle =
        Pattern.compile("src=\"/(webjars/swagger-ui/[0-9.]+/swagger-ui-bundle\\.js)\"")
            .matcher(page.body());
    assertThat(bundle.find()).isTrue();
    Matcher css =
        Pattern.compile("href=\"/(webjars/swagger-ui/[0-9.]+/swagger-ui\\.css)\"")
            .matcher(page.body());
    assertThat(css.find()).isTrue();

    for (String asset : new String[] {bundle.group(1), css.group(1), "api/docs/init.js"}) {
      HttpResponse<String> response = get(asset);
      assertThat(response.statusCode()).as(asset).isEqualTo(200);
    }
    assertThat(get("api/docs/init.js").body()).contains("SwaggerUIBundle");
  }

  @Test
  void pageKeepsTheStrictContentSecurityPolicy() throws Exception {
    String csp = get("api/docs").headers().firstValue("Content-Security-Policy").orElse("");

    assertThat(csp)
        .contains("script-src 'self'")
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval");
  }

  @Test
  void documentOfThePageAddsTheEndpointsOfRunningPluginsAndDropsThemWhenRemoved() throws Exception {
    assertThat(pluginPaths()).doesNotContainKey(PLACES_IN_REGION);
    DropIn.install("internships");
    try {
      JsonObject document = document();
      assertThat(document.getJsonObject("paths"))
          .containsKey("/api/v1/goals")
          .containsKey("/api/v1/plugins/example-internships/about");
      JsonObject get =
          document.getJsonObject("paths").getJsonObject(PLACES_IN_REGION).getJsonObject("get");
      assertThat(get.getJsonArray("tags").getString(0)).isEqualTo("plugin example-internships");
      assertThat(get.getJsonArray("parameters").getJsonObject(0).getString("name"))
          .isEqualTo("region");
      assertThat(get.getJsonArray("parameters").getJsonObject(0).getString("in")).isEqualTo("path");
      assertThat(get.getJsonObject("responses").getJsonObject("200").getJsonObject("content"))
          .containsKey("application/json");
      assertThat(get("api/v1/plugins/example-internships/places/noord-nederland").statusCode())
          .isEqualTo(200);
    } finally {
      DropIn.command("example-internships", "remove");
    }
    assertThat(pluginPaths()).doesNotContainKey(PLACES_IN_REGION);
  }

  private static final String PLACES_IN_REGION =
      "/api/v1/plugins/example-internships/places/{region}";

  private static JsonObject document() throws Exception {
    HttpResponse<String> response = get("api/v1/openapi.json");
    assertThat(response.statusCode()).isEqualTo(200);
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  private static JsonObject pluginPaths() throws Exception {
    return document().getJsonObject("paths");
  }

  @Test
  void openApiDocumentIsServedAsJsonAndYaml() throws Exception {
    HttpResponse<String> json =
        send(request("openapi").header("Accept", "application/json").GET().build());
    HttpResponse<String> yaml = get("openapi");

    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.body()).contains("\"Techniekpact CMS API\"");
    assertThat(yaml.statusCode()).isEqualTo(200);
    assertThat(yaml.body()).contains("openapi: 3.");
  }
}
