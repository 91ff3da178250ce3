package nl.techniekpact.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void theNextPageStartsWhereThisOneEnds() {
    assertThat(Page.first(10).next()).isEqualTo(new Page(10, 10));
  }

  @Test
  void rejectsANegativeOffsetAndAnUnreasonableLimit() {
    assertThatThrownBy(() -> new Page(-1, 10))
        .hasMessage("offset -1 is invalid: it must be 0 or more");
    assertThatThrownBy(() -> Page.first(0))
        .hasMessage("limit 0 is invalid: it must be between 1 and 500");
    assertThatThrownBy(() -> Page.first(501)).isInstanceOf(InvalidValueException.class);
  }
}
