package nl.techniekpact.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

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
}
