package nl.techniekpact.cms.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The page cache's front door, which answers before authentication: only an anonymous GET or HEAD
 * of a public page that is kept is answered, with the same headers as a hit through the filter;
 * anything that could belong to a signed-in caller goes on untouched.
 */
class FrontDoorTest {

  private static final String KEY = "http://localhost:8080/?it=1 nl";
  private static final CachedPage PAGE =
      new CachedPage(
          "<html>kept</html>".getBytes(StandardCharsets.UTF_8),
          Map.of("Content-Type", List.of("text/html;charset=UTF-8")),
          "\"tag\"",
          Instant.parse("2026-11-28T08:00:00Z"));

  private final Map<String, String> requestHeaders = new HashMap<>();
  private final Map<String, String> sent = new HashMap<>();
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private String method = "GET";
  private String sessionId;
  private int status;

  private final FrontDoor door =
      new FrontDoor(key -> key.equals(KEY) ? Optional.of(PAGE) : Optional.empty());

  @Test
  void anAnonymousGetOfAKeptPageIsAnsweredWithTheHeadersOfAHit() throws Exception {
    assertThat(door.serve(request("/"), response())).isTrue();

    assertThat(status).isEqualTo(200);
    assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo("<html>kept</html>");
    assertThat(sent)
        .containsEntry("X-Cache", "hit")
        .containsEntry("ETag", "\"tag\"")
        .containsEntry("Last-Modified", "Sat, 28 Nov 2026 08:00:00 GMT")
        .containsEntry("Cache-Control", "no-cache")
        .containsEntry("Content-Type", "text/html;charset=UTF-8")
        .containsEntry("X-Frame-Options", "DENY")
        .containsKeys("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy");
  }

  @Test
  void aMatchingEntityTagGets304WithoutBody() throws Exception {
    requestHeaders.put("If-None-Match", "\"tag\"");

    assertThat(door.serve(request("/"), response())).isTrue();

    assertThat(status).isEqualTo(304);
    assertThat(body.size()).isZero();
  }

  @Test
  void aRequestWithASessionCookieOrCredentialsGoesOnToAuthentication() throws Exception {
    sessionId = "an-editors-session";
    assertThat(door.serve(request("/"), response())).isFalse();

    sessionId = null;
    requestHeaders.put("Authorization", "Basic YWRtaW46c2VjcmV0");
    assertThat(door.serve(request("/"), response())).isFalse();

    assertThat(sent).isEmpty();
    assertThat(body.size()).isZero();
  }

  @Test
  void otherMethodsPagesNotKeptAndTheBackOfficeGoOn() throws Exception {
    method = "POST";
    assertThat(door.serve(request("/"), response())).isFalse();

    method = "GET";
    assertThat(door.serve(request("/cases"), response())).isFalse();
    assertThat(door.serve(request("/beheer/index.xhtml"), response())).isFalse();

    assertThat(sent).isEmpty();
    assertThat(body.size()).isZero();
  }

  private HttpServletRequest request(String path) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "getMethod" -> method;
                  case "getRequestURI" -> path;
                  case "getContextPath" -> "";
                  case "getQueryString" -> path.equals("/") ? "it=1" : null;
                  case "getHeader" -> requestHeaders.get((String) args[0]);
                  case "getRequestedSessionId" -> sessionId;
                  case "getUserPrincipal", "getParameter" -> null;
                  case "getScheme" -> "http";
                  case "getServerName" -> "localhost";
                  case "getServerPort" -> 8080;
                  case "isSecure" -> false;
                  default -> throw new UnsupportedOperationException(m.getName());
                });
  }

  private HttpServletResponse response() {
    ServletOutputStream out =
        new ServletOutputStream() {
          @Override
          public void write(int b) {
            body.write(b);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException();
          }
        };
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "setHeader", "addHeader" -> {
                    sent.put((String) args[0], (String) args[1]);
                    yield null;
                  }
                  case "setStatus" -> {
                    status = (Integer) args[0];
                    yield null;
                  }
                  case "setContentLength" -> null;
                  case "getOutputStream" -> out;
                  default -> throw new UnsupportedOperationException(m.getName());
                });
  }
}
