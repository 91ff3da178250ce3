package nl.techniekpact.cms.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.techniekpact.cms.web.InvalidParametersException;
import nl.techniekpact.model.shared.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

  @Test
  void withoutParametersItIsTheFirstPageOfTwenty() {
    ParameterCheck check = new ParameterCheck();
    PageRequest paging = PageRequest.read(check, null, "");
    check.done();

    assertThat(paging).isEqualTo(new PageRequest(1, 20));
    assertThat(paging.window()).isEqualTo(new Page(0, 20));
  }

  @Test
  void theWindowSkipsTheEarlierPages() {
    assertThat(new PageRequest(3, 2).window()).isEqualTo(new Page(4, 2));
    assertThat(new PageRequest(PageRequest.MAX_PAGE, 100).window().offset()).isPositive();
  }

  @ParameterizedTest
  @CsvSource({"0, 2, 0", "1, 2, 1", "2, 2, 1", "9, 2, 5", "9, 20, 1", "100, 100, 1", "101, 100, 2"})
  void totalPagesRoundsUp(long total, int size, int pages) {
    assertThat(new PageRequest(1, size).totalPages(total)).isEqualTo(pages);
  }

  @Test
  void aPageBeyondTheLastNeedsNoQuery() {
    assertThat(new PageRequest(5, 2).isBeyond(9)).isFalse();
    assertThat(new PageRequest(6, 2).isBeyond(9)).isTrue();
    assertThat(new PageRequest(1, 20).isBeyond(0)).isTrue();
  }

  @Test
  void theViewCarriesTheTotals() {
    PagedView<String> view = new PageRequest(2, 2).view(java.util.List.of("c", "d"), 9);

    assertThat(view.items()).containsExactly("c", "d");
    assertThat(view.page()).isEqualTo(2);
    assertThat(view.size()).isEqualTo(2);
    assertThat(view.total()).isEqualTo(9);
    assertThat(view.totalPages()).isEqualTo(5);
  }

  @ParameterizedTest
  @CsvSource({
    "0, 20, page",
    "-1, 20, page",
    "eins, 20, page",
    "1, 0, size",
    "1, 1000, size",
    "1, x, size"
  })
  void badPageOrSizeIsRefusedByName(String page, String size, String refused) {
    ParameterCheck check = new ParameterCheck();
    PageRequest.read(check, page, size);

    assertThat(check.refused(refused)).isTrue();
    assertThatThrownBy(check::done)
        .isInstanceOfSatisfying(
            InvalidParametersException.class,
            e ->
                assertThat(e.parameters())
                    .singleElement()
                    .extracting("parameter")
                    .isEqualTo(refused));
  }
}
