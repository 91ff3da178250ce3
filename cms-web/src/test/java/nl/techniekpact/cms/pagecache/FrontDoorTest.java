package nl.techniekpact.cms.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
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
      CachedPage.kept(
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
  private ServletContext requestContext;
  private ClassLoader loaderAtLookup;

  private final FrontDoor door =
      new FrontDoor(
          key -> {
            loaderAtLookup = Thread.currentThread().getContextClassLoader();
            return key.equals(KEY) ? Optional.of(PAGE) : Optional.empty();
          });

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
  void aPageWhoseContentChangedWithinThisSecondHasNoDateToRevalidateWith() throws Exception {
    Instant changedJustNow = Instant.now().plusSeconds(60); // its whole second has not come
    CachedPage fresh =
        CachedPage.kept(
            "<html>fresh</html>".getBytes(StandardCharsets.UTF_8),
            Map.of("Content-Type", List.of("text/html;charset=UTF-8")),
            "\"fresh\"",
            changedJustNow);
    FrontDoor freshDoor = new FrontDoor(key -> Optional.of(fresh));
    requestHeaders.put("If-Modified-Since", ConditionalGet.httpDate(changedJustNow));

    assertThat(freshDoor.serve(request("/"), response())).isTrue();

    assertThat(status).as("the date is not compared").isEqualTo(200);
    assertThat(sent).doesNotContainKey("Last-Modified").containsEntry("ETag", "\"fresh\"");

    startOver();
    requestHeaders.put("If-None-Match", "\"fresh\"");
    assertThat(freshDoor.serve(request("/"), response())).isTrue();
    assertThat(status).as("the entity tag is").isEqualTo(304);
  }

  @Test
  void aClientThatAcceptsGzipGetsTheKeptGzippedPageUnderItsOwnEntityTag() throws Exception {
    byte[] html =
        ("<html>" + "<p>Techniek in het onderwijs</p>".repeat(100) + "</html>")
            .getBytes(StandardCharsets.UTF_8);
    CachedPage big =
        CachedPage.kept(
            html,
            Map.of("Content-Type", List.of("text/html;charset=UTF-8")),
            "\"big\"",
            Instant.parse("2026-11-28T08:00:00Z"));
    FrontDoor bigDoor = new FrontDoor(key -> Optional.of(big));

    requestHeaders.put("Accept-Encoding", "gzip, deflate, br");
    assertThat(bigDoor.serve(request("/"), response())).isTrue();
    assertThat(status).isEqualTo(200);
    assertThat(sent)
        .containsEntry("Content-Encoding", "gzip")
        .containsEntry("ETag", "\"big-gz\"")
        .containsEntry("Vary", "Accept-Encoding")
        .containsEntry("Content-Length", Integer.toString(body.size()));
    assertThat(body.size()).isLessThan(html.length / 10);
    try (var gunzip =
        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body.toByteArray()))) {
      assertThat(gunzip.readAllBytes()).isEqualTo(html);
    }

    startOver();
    requestHeaders.put("If-None-Match", "\"big-gz\"");
    assertThat(bigDoor.serve(request("/"), response())).isTrue();
    assertThat(status).as("the gzipped copy is current").isEqualTo(304);

    startOver();
    requestHeaders.put("If-None-Match", "\"big\"");
    assertThat(bigDoor.serve(request("/"), response())).isTrue();
    assertThat(status).as("a plain copy is another representation").isEqualTo(200);

    startOver();
    requestHeaders.remove("If-None-Match");
    requestHeaders.put("Accept-Encoding", "gzip;q=0, br");
    assertThat(bigDoor.serve(request("/"), response())).isTrue();
    assertThat(sent)
        .doesNotContainKey("Content-Encoding")
        .containsEntry("ETag", "\"big\"")
        .containsEntry("Vary", "Accept-Encoding");
    assertThat(body.toByteArray()).isEqualTo(html);
  }

  @Test
  void aPageTooSmallToGainIsSentAsItIsToAGzipClient() throws Exception {
    requestHeaders.put("Accept-Encoding", "gzip");

    assertThat(door.serve(request("/"), response())).isTrue();

    assertThat(sent).doesNotContainKey("Content-Encoding").containsEntry("ETag", "\"tag\"");
    assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo("<html>kept</html>");
  }

  private void startOver() {
    sent.clear();
    body.reset();
    status = 0;
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

  @Test
  void onTheVirtualServerOnlyRequestsOfItsOwnApplicationAreAnsweredWithItsClassLoader()
      throws Throwable {
    ClassLoader applicationLoader = new URLClassLoader(new URL[0], null);
    ServletContext application = servletContext(applicationLoader);
    FrontDoorValve.Handler valve = new FrontDoorValve.Handler(door, application);
    Method valveInvoke = valveMethod("invoke");

    requestContext = servletContext(applicationLoader); // another application of the server
    assertThat(valve.invoke(null, valveInvoke, new Object[] {request("/"), response()}))
        .isEqualTo(FrontDoorValve.INVOKE_NEXT);
    assertThat(loaderAtLookup).isNull();
    assertThat(sent).isEmpty();

    requestContext = application;
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    assertThat(valve.invoke(null, valveInvoke, new Object[] {request("/"), response()}))
        .isEqualTo(FrontDoorValve.END_PIPELINE);
    assertThat(loaderAtLookup).isSameAs(applicationLoader);
    assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
    assertThat(status).isEqualTo(200);
    assertThat(sent).containsEntry("X-Cache", "hit");
  }

  @Test
  void inTheApplicationsOwnPipelineEveryRequestIsItsOwn() throws Throwable {
    FrontDoorValve.Handler valve = new FrontDoorValve.Handler(door, null);

    assertThat(valve.invoke(null, valveMethod("invoke"), new Object[] {request("/"), response()}))
        .isEqualTo(FrontDoorValve.END_PIPELINE);
    sessionId = "an-editors-session";
    assertThat(valve.invoke(null, valveMethod("invoke"), new Object[] {request("/"), response()}))
        .isEqualTo(FrontDoorValve.INVOKE_NEXT);
  }

  /** A method named like the valve's (the handler goes by the name: Payara is not on the path). */
  private static Method valveMethod(String name) throws NoSuchMethodException {
    interface Valve {
      int invoke(Object request, Object response);
    }
    return Valve.class.getMethod(name, Object.class, Object.class);
  }

  private static ServletContext servletContext(ClassLoader loader) {
    return (ServletContext)
        Proxy.newProxyInstance(
            FrontDoorTest.class.getClassLoader(),
            new Class<?>[] {ServletContext.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "getClassLoader" -> loader;
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  default -> throw new UnsupportedOperationException(m.getName());
                });
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
                  case "getServletContext" -> requestContext;
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
                  case "setContentType" -> {
                    sent.put("Content-Type", (String) args[0]);
                    yield null;
                  }
                  case "setContentLength" -> {
                    sent.put("Content-Length", Integer.toString((Integer) args[0]));
                    yield null;
                  }
                  case "getOutputStream" -> out;
                  default -> throw new UnsupportedOperationException(m.getName());
                });
  }
}
