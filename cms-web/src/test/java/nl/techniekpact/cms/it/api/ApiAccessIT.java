package nl.techniekpact.cms.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.techniekpact.cms.it.CmsDeployment;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import org.junit.jupiter.api.Test;

/**
 * The API's access rules against the running server: CORS for the configured partner origin ({@code
 * https://partner.example} in arquillian.xml) and the rate limit of anonymous clients
 * (arquillian.xml: a burst of 5, 60 per minute, the suite's own 127.0.0.1 and ::1 exempt, so this
 * test calls from 127.0.0.2 over a plain socket bound to that address).
 */
class ApiAccessIT extends DeployedCms {

  static final String PARTNER = "https://partner.example";

  @Test
  void allowedOriginGetsCorsHeadersNamingItAndTheReadableHeaders() throws Exception {
    HttpResponse<String> response =
        send(request("api/v1/regions").header("Origin", PARTNER).GET().build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(PARTNER);
    assertThat(response.headers().firstValue("Access-Control-Expose-Headers"))
        .hasValueSatisfying(h -> assertThat(h).contains("ETag").contains("Link"));
    assertThat(response.headers().allValues("Vary"))
        .anySatisfy(v -> assertThat(v).contains("Origin"));
    assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
  }

  @Test
  void disallowedOriginGetsNoCorsHeaders() throws Exception {
    HttpResponse<String> response =
        send(request("api/v1/regions").header("Origin", "https://evil.example").GET().build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void preflightFromAllowedOriginIs204WithMethodsAndHeaders() throws Exception {
    HttpResponse<String> response =
        send(
            request("api/v1/me/tokens")
                .header("Origin", PARTNER)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(PARTNER);
    assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
        .hasValueSatisfying(m -> assertThat(m).contains("POST").contains("DELETE"));
    assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
        .hasValueSatisfying(h -> assertThat(h).contains("Authorization").contains("Content-Type"));
    assertThat(response.headers().firstValue("Access-Control-Max-Age")).isPresent();
  }

  @Test
  void preflightFromDisallowedOriginIs403Problem() throws Exception {
    HttpResponse<String> response =
        send(
            request("api/v1/regions")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());

    ApiJson.problem(response, 403);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void corsIsOnlyOnTheApi() throws Exception {
    HttpResponse<String> page = send(request("").header("Origin", PARTNER).GET().build());

    assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void anonymousClientOverTheLimitGets429WithRetryAfterThenRecovers() throws Exception {
    Raw last = null;
    for (int i = 0; i < 6; i++) {
      last = rawGet("/api/v1/goals", null);
    }

    assertThat(last.status).as(last.body).isEqualTo(429);
    assertThat(last.headers.get("content-type")).startsWith("application/problem+json");
    assertThat(last.body).contains("\"status\":429");
    long retryAfter = Long.parseLong(last.headers.get("retry-after"));
    assertThat(retryAfter).isBetween(1L, 60L);

    String admin =
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString(
                    ("admin:" + SecurityITAccounts.ADMIN_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
    assertThat(rawGet("/api/v1/goals", admin).status)
        .as("signed-in callers are not limited")
        .isEqualTo(200);
    assertThat(get("api/v1/goals").statusCode())
        .as("other clients are not affected")
        .isEqualTo(200);

    Thread.sleep(retryAfter * 1000 + 200);
    assertThat(rawGet("/api/v1/goals", null).status).as("recovered").isEqualTo(200);
  }

  /** A response read off a plain socket. */
  record Raw(int status, Map<String, String> headers, String body) {}

  /** A GET from 127.0.0.2, which the suite's rate-limit exemption does not cover. */
  private static Raw rawGet(String path, String authorization) throws IOException {
    int port = CmsDeployment.baseUri().getPort();
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
      socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 10_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      String request =
          "GET "
              + path
              + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
              + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
              + "\r\n";
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int split = text.indexOf("\r\n\r\n");
      String[] lines = text.substring(0, split).split("\r\n");
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.put(
            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).strip());
      }
      return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(split + 4));
    }
  }
}
