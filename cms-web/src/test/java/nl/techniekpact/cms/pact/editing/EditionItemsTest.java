package nl.techniekpact.cms.pact.editing;

import static org.assertj.core.api.Assertions.assertThat;

import nl.techniekpact.model.shared.Slug;
import org.junit.jupiter.api.Test;

class EditionItemsTest {

  @Test
  void aGoalOrThemeIsNamedByItsEditionAndNumber() {
    assertThat(EditionItems.name("techniekpact", 4)).isEqualTo("techniekpact/4");
    assertThat(EditionItems.parse("techniekpact-2020/12"))
        .contains(new EditionItems.Ref(Slug.of("techniekpact-2020"), 12));
  }

  @Test
  void anythingElseNamesNothing() {
    assertThat(EditionItems.parse(null)).isEmpty();
    assertThat(EditionItems.parse("techniekpact")).isEmpty();
    assertThat(EditionItems.parse("techniekpact/0")).isEmpty();
    assertThat(EditionItems.parse("techniekpact/04")).isEmpty();
    assertThat(EditionItems.parse("techniekpact/-1")).isEmpty();
    assertThat(EditionItems.parse("Techniekpact/4")).isEmpty();
    assertThat(EditionItems.parse("techniekpact/4/5")).isEmpty();
    assertThat(EditionItems.parse("techniekpact/9999999999")).isEmpty();
    assertThat(EditionItems.parse("a".repeat(200) + "/1")).isEmpty();
  }
}
