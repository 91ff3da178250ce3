package nl.techniekpact.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractStringAssert;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ErrorPagesIT extends DeployedCms {

  /** The suite's server runs with cms.request.max-body-bytes=65536 (see arquillian.xml). */
  private static final int OVER_LIMIT = 65_537;

  @Test
  void unknownPageGetsAFriendlyDutchNotFoundPage() throws Exception {
    HttpResponse<String> response = get("no-such-page");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertFriendly(response.body()).contains("lang=\"nl\"").contains("Pagina niet gevonden");
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("header nav.site-menu").attr("aria-label")).isEqualTo("Hoofdmenu");
    assertThat(page.select("header nav.site-menu a").eachAttr("href"))
        .as("the site's menu, so that the visitor can go on")
        .containsExactly("/regio", "/doelen", "/ambassadeurs", "/cases");
    assertThat(page.select("header nav.site-menu a").eachText())
        .containsExactly("Landsdelen", "Doelen", "Ambassadeurs", "Cases");
  }

  @Test
  void notFoundPageIsEnglishWhenTheVisitorPrefersEnglish() throws Exception {
    HttpResponse<String> response =
        send(request("no-such-page").header("Accept-Language", "en-GB,en;q=0.9").build());

    assertThat(response.statusCode()).isEqualTo(404);
    assertFriendly(response.body()).contains("lang=\"en\"").contains("Page not found");
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("header nav.site-menu").attr("aria-label")).isEqualTo("Main menu");
    assertThat(page.select("header nav.site-menu a").eachAttr("href"))
        .containsExactly(
            "/regio?lang=en", "/doelen?lang=en", "/ambassadeurs?lang=en", "/cases?lang=en");
    assertThat(page.select("header nav.site-menu a").eachText())
        .containsExactly("Regions", "Goals", "Ambassadors", "Cases");
  }

  @Test
  void serverErrorGetsAFriendlyPageWithoutInternals() throws Exception {
    HttpResponse<String> response = get("it-fixtures/broken.xhtml");

    assertThat(response.statusCode()).isEqualTo(500);
    assertFriendly(response.body()).contains("Er ging iets mis");
  }

  @Test
  void unknownApiPathGetsProblemJson() throws Exception {
    HttpResponse<String> response = get("api/v1/no-such-resource");

    assertProblem(response, 404).contains("\"instance\":\"/api/v1/no-such-resource\"");
  }

  @Test
  void clientAskingForJsonGetsProblemJsonForAnUnknownPage() throws Exception {
    HttpResponse<String> response =
        send(request("no-such-page").header("Accept", "application/json").build());

    assertProblem(response, 404);
  }

  @Test
  void oversizedPageBodyGets413BeforeItIsRead() throws Exception {
    String response =
        rawRequest(
            postHeaders("it-fixtures/stateful-form.xhtml", "application/x-www-form-urlencoded"));

    assertThat(response).startsWith("HTTP/1.1 413");
    assertFriendly(response).contains("Verzoek te groot");
  }

  @Test
  void oversizedApiBodyGets413ProblemJson() throws Exception {
    String response = rawRequest(postHeaders("api/v1/goals", "application/json"));

    assertThat(response)
        .startsWith("HTTP/1.1 413")
        .contains("Content-Type: application/problem+json")
        .contains("\"status\":413")
        .contains("request-too-large");
    assertNoInternals(response);
  }

  @Test
  void oversizedChunkedApiBodyIsCutOffWith413() throws Exception {
    // just over the limit, so the few bytes the server never reads fit in the socket buffers
    byte[] body = new byte[OVER_LIMIT + 100];
    HttpResponse<String> response =
        send(
            request("api/v1/plugins")
                .header(
                    "Authorization",
                    "Basic "
                        + java.util.Base64.getEncoder()
                            .encodeToString(
                                "admin:it-admin-Secret-2026".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/java-archive")
                .POST(BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("\"status\":413").contains("request-too-large");
    assertNoInternals(response.body());
  }

  /** A POST that declares a body over the limit and sends none of it. */
  private static String postHeaders(String path, String contentType) {
    return "POST /"
        + path
        + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
        + contentType
        + "\r\nContent-Length: "
        + OVER_LIMIT
        + "\r\nConnection: close\r\n\r\n";
  }

  @Test
  void malformedMultipartBodyGets400() throws Exception {
    HttpResponse<String> response =
        send(
            request("it-fixtures/stateful-form.xhtml")
                .header("Content-Type", "multipart/form-data; boundary=----broken")
                .POST(BodyPublishers.ofString("------broken\r\nContent-Disposition: form-da"))
                .build());

    assertThat(response.statusCode()).isEqualTo(400);
    assertFriendly(response.body()).contains("Ongeldige upload");
  }

  @Test
  void forgedViewStateGetsAFriendlyExpiredPage() throws Exception {
    HttpResponse<String> form = get("it-fixtures/stateful-form.xhtml");
    String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];

    HttpResponse<String> response =
        send(
            request("it-fixtures/stateful-form.xhtml")
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    BodyPublishers.ofString(
                        "form=form&form%3Aname=x&form%3Asubmit=Verstuur"
                            + "&jakarta.faces.ViewState=-123%3A456forged"))
                .build());

    assertThat(response.statusCode()).isEqualTo(400);
    assertFriendly(response.body()).contains("Pagina verlopen");
  }

  @Test
  void expiredSessionViewStateGetsAFriendlyExpiredPage() throws Exception {
    HttpResponse<String> form = get("it-fixtures/stateful-form.xhtml");
    Matcher viewState =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(form.body());
    assertThat(viewState.find()).isTrue();

    HttpResponse<String> response =
        send(
            request("it-fixtures/stateful-form.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    BodyPublishers.ofString(
                        "form=form&form%3Asubmit=Verstuur&jakarta.faces.ViewState="
                            + java.net.URLEncoder.encode(
                                viewState.group(1), StandardCharsets.UTF_8)))
                .build());

    assertThat(response.statusCode()).isEqualTo(400);
    assertFriendly(response.body()).contains("Pagina verlopen");
  }

  @Test
  void malformedHeaderLineGets400WithoutInternals() throws Exception {
    String response =
        rawRequest("GET / HTTP/1.1\r\nHost: localhost\r\nThis header has no colon\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 400");
    assertNoInternals(response);
  }

  @Test
  void malformedHeaderValuesDoNotBreakPages() throws Exception {
    HttpResponse<String> response =
        send(
            request("no-such-page")
                .header("Accept-Language", ";;q=x,,--")
                .header("Accept", "text/html;;q=;")
                .build());

    assertThat(response.statusCode()).isEqualTo(404);
    assertFriendly(response.body()).contains("Pagina niet gevonden");
  }

  private static String rawRequest(String request) throws Exception {
    try (Socket socket = new Socket(uri("").getHost(), uri("").getPort())) {
      socket.setSoTimeout(2_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          received.write(buffer, 0, n);
        }
      } catch (java.net.SocketTimeoutException keptAlive) {
        // the server kept the connection open; what it sent is complete enough to check
      }
      return received.toString(StandardCharsets.ISO_8859_1);
    }
  }

  private static AbstractStringAssert<?> assertFriendly(String body) {
    assertNoInternals(body);
    return assertThat(body).contains("<main").contains("href=\"/\"");
  }

  private static void assertNoInternals(String body) {
    assertThat(body)
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("jakarta.")
        .doesNotContain("nl.techniekpact.cms")
        .doesNotContainIgnoringCase("payara")
        .doesNotContainIgnoringCase("stack");
  }

  private static AbstractStringAssert<?> assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertNoInternals(response.body());
    return assertThat(response.body())
        .contains("\"status\":" + status)
        .contains("\"title\":")
        .contains("\"type\":");
  }
}
