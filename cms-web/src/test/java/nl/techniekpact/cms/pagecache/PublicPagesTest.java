package nl.techniekpact.cms.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicPagesTest {

  @ParameterizedTest
  @ValueSource(strings = {"/", "/doelen", "/doelen/9", "/p/example-internships/places", "/cases"})
  void publicPagesMayBeCached(String path) {
    assertThat(PublicPages.isPublicPath(path)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/v1/cases",
        "/beheer/index.xhtml",
        "/login.xhtml",
        "/health",
        "/openapi",
        "/error",
        "/jakarta.faces.resource/site.css.xhtml",
        "/p/example-internships/1.0.0/static/css/internships.css",
        "/robots.txt",
        "/sitemap.xml",
        "/zoeken",
        "/media/0123456789abcdef0123/card.jpg",
        ""
      })
  void everythingElsePassesBy(String path) {
    assertThat(PublicPages.isPublicPath(path)).isFalse();
  }

  @Test
  void theKeyHoldsAddressQueryAndLanguageAndParsesParametersOnlyWhenTheyCouldNameLang() {
    assertThat(PublicPages.key(request("/cases", "region=noord&goal=8", Map.of())))
        .hasValue("http://localhost:8080/cases?region=noord&goal=8 nl");
    assertThat(parsed).isFalse();

    assertThat(PublicPages.key(request("/", "lang=en", Map.of("lang", "en"))))
        .hasValue("http://localhost:8080/?lang=en en");
    assertThat(PublicPages.key(request("/", "%6Cang=en", Map.of("lang", "en"))))
        .hasValue("http://localhost:8080/?%6Cang=en en");
    assertThat(PublicPages.key(request("/", "lang=de", Map.of("lang", "de"))))
        .hasValue("http://localhost:8080/?lang=de nl");
    assertThat(PublicPages.key(request("/", null, Map.of()))).hasValue("http://localhost:8080/ nl");
    assertThat(parsed).isTrue();
  }

  private boolean parsed;

  private HttpServletRequest request(String uri, String query, Map<String, String> parameters) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, m, args) ->
                switch (m.getName()) {
                  case "getMethod" -> "GET";
                  case "getRequestURI" -> uri;
                  case "getContextPath" -> "";
                  case "getQueryString" -> query;
                  case "getHeader", "getRequestedSessionId", "getUserPrincipal" -> null;
                  case "getParameter" -> {
                    parsed = true;
                    yield parameters.get((String) args[0]);
                  }
                  case "getScheme" -> "http";
                  case "getServerName" -> "localhost";
                  case "getServerPort" -> 8080;
                  default -> throw new UnsupportedOperationException(m.getName());
                });
  }
}
