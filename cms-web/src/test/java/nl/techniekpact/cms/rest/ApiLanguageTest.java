package nl.techniekpact.cms.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiLanguageTest {

  /** A view as the resources have them: texts, nested records, lists, other members. */
  public record Inner(TextView label, int number) {}

  public record Outer(String slug, TextView title, List<Inner> parts, Inner main, TextView none) {}

  private static final Outer VIEW =
      new Outer(
          "x",
          new TextView("Doelen", "Goals"),
          List.of(
              new Inner(new TextView("Een", null), 1), new Inner(new TextView("Twee", "Two"), 2)),
          new Inner(new TextView("Hoofd", "Main"), 3),
          null);

  @Test
  void englishKeepsOnlyEnglishWhereTranslatedAndDutchElsewhereThroughoutTheView() {
    Outer english = ApiLanguage.EN.represent(VIEW);

    assertThat(english.slug()).isEqualTo("x");
    assertThat(english.title()).isEqualTo(new TextView(null, "Goals"));
    assertThat(english.parts())
        .containsExactly(
            new Inner(new TextView("Een", null), 1), new Inner(new TextView(null, "Two"), 2));
    assertThat(english.main()).isEqualTo(new Inner(new TextView(null, "Main"), 3));
    assertThat(english.none()).isNull();
  }

  @Test
  void dutchKeepsOnlyDutch() {
    Outer dutch = ApiLanguage.NL.represent(VIEW);

    assertThat(dutch.title()).isEqualTo(new TextView("Doelen", null));
    assertThat(dutch.parts().get(1).label()).isEqualTo(new TextView("Twee", null));
  }

  @Test
  void withoutALanguageTheViewIsUnchanged() {
    assertThat(ApiLanguage.represent(VIEW, Optional.empty())).isSameAs(VIEW);
  }

  @Test
  void listsAndPagesOfViewsAreRepresentedItemByItem() {
    PagedView<Outer> page = new PagedView<>(List.of(VIEW), 1, 20, 1, 1);

    PagedView<Outer> english = ApiLanguage.EN.represent(page);

    assertThat(english.items().get(0).title()).isEqualTo(new TextView(null, "Goals"));
    assertThat(english.total()).isEqualTo(1);
    assertThat(ApiLanguage.EN.represent(List.of(VIEW)).get(0).title().nl()).isNull();
  }

  @Test
  void onlyNlAndEnInAnyCaseAreAccepted() {
    ParameterCheck check = new ParameterCheck();

    assertThat(ApiLanguage.read(check, "EN")).contains(ApiLanguage.EN);
    assertThat(ApiLanguage.read(check, "nl")).contains(ApiLanguage.NL);
    assertThat(ApiLanguage.read(check, null)).isEmpty();
    assertThat(check.refused("lang")).isFalse();
    assertThat(ApiLanguage.read(check, "fr")).isEmpty();
    assertThat(check.refused("lang")).isTrue();
  }
}
