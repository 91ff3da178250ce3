package nl.techniekpact.cms.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteMenuTest {

  @Test
  void anEntryIsThePageItselfOrTheSectionOfThePagesBelowIt() {
    assertThat(SiteMenu.current("/cases", "/cases")).isEqualTo("page");
    assertThat(SiteMenu.current("/cases", "/cases/make-it-move")).isEqualTo("true");
    assertThat(SiteMenu.current("/regio", "/regio/noord-nederland/extra")).isEqualTo("true");
  }

  @Test
  void anEntryIsNotCurrentOnAPageThatMerelyStartsWithTheSameLetters() {
    assertThat(SiteMenu.current("/cases", "/casestudies")).isEmpty();
    assertThat(SiteMenu.current("/cases", "/")).isEmpty();
    assertThat(SiteMenu.current("/doelen", "/zoeken")).isEmpty();
  }
}
