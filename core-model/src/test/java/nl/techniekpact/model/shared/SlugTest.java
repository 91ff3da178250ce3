package nl.techniekpact.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

  @ParameterizedTest
  @ValueSource(strings = {"noord-nederland", "make-it-move", "doel-12", "a", "2013"})
  void acceptsLowercaseLettersDigitsAndSingleHyphens(String value) {
    assertThat(Slug.of(value).getValue()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Noord Nederland!", "", "-noord", "noord-", "noord--nederland", "Noord", "één"})
  void rejectsAnythingElseNamingTheFieldAndTheValue(String value) {
    assertThatThrownBy(() -> Slug.of(value))
        .isInstanceOf(InvalidSlugException.class)
        .hasMessageStartingWith("slug \"" + value + "\" is invalid")
        .hasMessageContaining("use lowercase letters, digits and single hyphens");
  }

  @Test
  void theMessageMatchesTheDocumentedExample() {
    assertThatThrownBy(() -> Slug.of("Noord Nederland!"))
        .hasMessage(
            "slug \"Noord Nederland!\" is invalid: use lowercase letters, digits and single"
                + " hyphens, at most 100 characters")
        .extracting(e -> ((DomainException) e).getField(), e -> ((DomainException) e).getValue())
        .containsExactly("slug", "Noord Nederland!");
  }

  @ParameterizedTest
  @NullSource
  void rejectsNothing(String value) {
    assertThatThrownBy(() -> Slug.of(value)).hasMessageStartingWith("slug null is invalid");
  }

  @Test
  void rejectsASlugLongerThanAHundredCharacters() {
    assertThatThrownBy(() -> Slug.of("a".repeat(101))).isInstanceOf(InvalidSlugException.class);
    assertThat(Slug.of("a".repeat(100)).getValue()).hasSize(100);
  }

  @Test
  void derivesASlugFromATitleWithoutAccentsOrPunctuation() {
    assertThat(Slug.fromText("André Kuipers")).isEqualTo(Slug.of("andre-kuipers"));
    assertThat(Slug.fromText("M-Tech: Drechtsteden")).isEqualTo(Slug.of("m-tech-drechtsteden"));
    assertThat(Slug.fromText("  Bètatechniek & W&T!  ")).isEqualTo(Slug.of("betatechniek-w-t"));
  }

  @Test
  void cannotDeriveASlugFromPunctuationOnly() {
    assertThatThrownBy(() -> Slug.fromText("!!!"))
        .hasMessageStartingWith("slug \"!!!\" is invalid");
  }

  @Test
  void slugsWithTheSameTextAreEqualAndSortByText() {
    assertThat(Slug.of("b")).isEqualTo(Slug.of("b")).hasSameHashCodeAs(Slug.of("b"));
    assertThat(Slug.of("a")).isLessThan(Slug.of("b"));
  }
}
