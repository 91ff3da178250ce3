package nl.techniekpact.cms.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.techniekpact.cms.it.DeployedCms;
import org.junit.jupiter.api.Test;

/** The interactive API page at {@code /api/docs} and what it loads, under the strict CSP. */
class ApiDocsIT extends DeployedCms {

  @Test
  void pageLoadsSwaggerUiFromTheWarAndItsSetUpFromAFileNotInline() throws Exception {
    HttpResponse<String> page = get("api/docs");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body())
        .contains("data-url=\"/openapi\"")
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
