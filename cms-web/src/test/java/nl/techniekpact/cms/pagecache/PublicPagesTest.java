package nl.techniekpact.cms.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

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
}
