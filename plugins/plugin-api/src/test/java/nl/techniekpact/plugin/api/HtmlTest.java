package nl.techniekpact.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapesMarkupAndQuotes() {
    assertThat(Html.escape("<a href=\"x\" title='y'>Tom & Jerry</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;");
  }

  @Test
  void leavesPlainTextAndDiacriticsAlone() {
    assertThat(Html.escape("André Kuipers – ‘W&T’")).isEqualTo("André Kuipers – ‘W&amp;T’");
  }

  @Test
  void nothingIsTheEmptyText() {
    assertThat(Html.escape(null)).isEmpty();
  }

  @Test
  void linksOfEnglishPagesKeepTheLanguage() {
    assertThat(Html.href("/cases/x", Locale.forLanguageTag("nl"))).isEqualTo("/cases/x");
    assertThat(Html.href("/cases/x", Locale.ENGLISH)).isEqualTo("/cases/x?lang=en");
    assertThat(Html.href("/cases?goal=9", Locale.ENGLISH)).isEqualTo("/cases?goal=9&lang=en");
  }
}
