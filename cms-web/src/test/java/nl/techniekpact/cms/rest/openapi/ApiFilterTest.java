package nl.techniekpact.cms.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiFilterTest {

  @Test
  void pathTemplatesLoseTheirRegularExpressions() {
    assertThat(ApiFilter.plainTemplate("/api/v1/cases/{slug: [a-z0-9]+(-[a-z0-9]+)*}"))
        .isEqualTo("/api/v1/cases/{slug}");
    assertThat(ApiFilter.plainTemplate("/api/v1/goals/{number: [0-9]{1,4}}"))
        .isEqualTo("/api/v1/goals/{number}");
    assertThat(ApiFilter.plainTemplate("/api/v1/plugins/{id}/installation"))
        .isEqualTo("/api/v1/plugins/{id}/installation");
  }

  @Test
  void examplesWrittenAsJsonTextBecomeMapsAndLists() {
    assertThat(ApiModelReader.parse("{\"a\":[1,\"b\",true,null],\"c\":{\"d\":2.5}}"))
        .isEqualTo(
            Map.of("a", java.util.Arrays.asList(1L, "b", true, null), "c", Map.of("d", 2.5)));
    assertThat(ApiModelReader.parse("[]")).isEqualTo(List.of());
  }
}
