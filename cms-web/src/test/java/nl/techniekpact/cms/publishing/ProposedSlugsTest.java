package nl.techniekpact.cms.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.techniekpact.model.shared.Slug;
import org.junit.jupiter.api.Test;

class ProposedSlugsTest {

  @Test
  void aTitleGivesItsSlugWithoutAccentsInLowerCaseWithHyphens() {
    assertThat(ProposedSlugs.derived("Één Café-dag: Zuid!")).hasValue("een-cafe-dag-zuid");
  }

  @Test
  void aBlankTitleOrOneWithoutLettersOrDigitsGivesNone() {
    assertThat(ProposedSlugs.derived(null)).isEmpty();
    assertThat(ProposedSlugs.derived("  ")).isEmpty();
    assertThat(ProposedSlugs.derived("!?")).isEmpty();
  }

  @Test
  void aTakenSlugGetsTheFirstFreeNumber() {
    Set<String> taken = Set.of("robots", "robots-2", "robots-3");

    assertThat(ProposedSlugs.free("robots", taken::contains)).isEqualTo("robots-4");
    assertThat(ProposedSlugs.free("techniek", taken::contains)).isEqualTo("techniek");
  }

  @Test
  void aNumberedSlugStaysWithinTheLongestSlugAndValid() {
    String longest = "a".repeat(Slug.MAX_LENGTH - 2) + "-b";

    String free = ProposedSlugs.free(longest, longest::equals);

    assertThat(free).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH).endsWith("-2");
    assertThat(Slug.of(free).getValue()).isEqualTo(free);
    assertThat(free).doesNotContain("--");
  }

  @Test
  void whenEveryNumberIsTakenTheBaseIsReturnedForValidationToRefuse() {
    assertThat(ProposedSlugs.free("x", slug -> true)).isEqualTo("x");
  }
}
