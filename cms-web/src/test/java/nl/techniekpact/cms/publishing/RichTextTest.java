package nl.techniekpact.cms.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RichTextTest {

  @Test
  void formattingListsHeadingsAndLinksSurvive() {
    String html =
        "<h2>Kop</h2><p>Een <strong>vet</strong> en <em>schuin</em> woord.</p>"
            + "<ul><li>een</li></ul><p><a href=\"https://www.techniekpact.nl/\">pact</a></p>";

    String clean = RichText.sanitize(html);

    assertThat(clean)
        .contains("<h2>Kop</h2>", "<strong>vet</strong>", "<em>schuin</em>", "<li>een</li>")
        .contains("href=\"https://www.techniekpact.nl/\"")
        // the sanitizer writes the two rels in either order
        .containsAnyOf("rel=\"noopener nofollow\"", "rel=\"nofollow noopener\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<p>Hoi<script>alert(1)</script></p>",
        "<p onclick=\"alert(1)\">Hoi</p>",
        "<p><a href=\"javascript:alert(1)\">Hoi</a></p>",
        "<p><a href=\"JaVaScRiPt:alert(1)\">Hoi</a></p>",
        "<p style=\"background:url(javascript:alert(1))\">Hoi</p>",
        "<style>p{}</style><p>Hoi</p>",
        "<p><img src=x onerror=alert(1)>Hoi</p>",
        "<iframe src=\"https://evil.example\"></iframe><p>Hoi</p>",
        "<svg onload=alert(1)><p>Hoi</p></svg>",
        "<p><a href=\"data:text/html,<script>alert(1)</script>\">Hoi</a></p>"
      })
  void noScriptStyleHandlerOrScriptUrlEverSurvives(String hostile) {
    String clean = RichText.sanitize(hostile).toLowerCase(java.util.Locale.ROOT);

    assertThat(clean)
        .contains("hoi")
        .doesNotContain("<script", "onclick", "onerror", "onload", "javascript:", "style")
        .doesNotContain("<iframe", "<img", "<svg", "data:");
  }

  @Test
  void nothingStaysNothing() {
    assertThat(RichText.sanitize(null)).isNull();
    assertThat(RichText.sanitize("")).isEmpty();
  }
}
