package nl.techniekpact.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  @Test
  void requiresTheDutchTextNamingTheFieldAndValue() {
    assertThatThrownBy(() -> LocalizedText.of("  ", "Goals"))
        .isInstanceOf(MissingValueException.class)
        .hasMessage("nl is required but was \"  \"");
    assertThatThrownBy(() -> LocalizedText.of(null))
        .isInstanceOf(MissingValueException.class)
        .hasMessage("nl is required but was null");
  }

  @Test
  void englishIsOptionalAndBlankEnglishMeansNone() {
    assertThat(LocalizedText.of("Doelen", " ").getEn()).isNull();
    assertThat(LocalizedText.of("Doelen").english()).isEmpty();
    assertThat(LocalizedText.of("Doelen", "Goals").english()).hasValue("Goals");
  }

  @Test
  void picksEnglishForEnglishReadersAndFallsBackToDutch() {
    LocalizedText both = LocalizedText.of("Doelen", "Goals");
    LocalizedText dutch = LocalizedText.of("Doelen");

    assertThat(both.in(Locale.ENGLISH)).isEqualTo("Goals");
    assertThat(both.in(Locale.forLanguageTag("nl-NL"))).isEqualTo("Doelen");
    assertThat(dutch.in(Locale.UK)).isEqualTo("Doelen");
  }

  @Test
  void aTooLongTextNamesTheFieldItIsUsedFor() {
    LocalizedText text = LocalizedText.of("x".repeat(501));

    assertThatThrownBy(() -> text.requireMaxLength("title", 500))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("title.nl \"xxxx")
        .hasMessageEndingWith("is invalid: it is 501 characters long, at most 500 are allowed");
  }

  @Test
  void textsWithTheSameLanguagesAreEqual() {
    assertThat(LocalizedText.of("a", "b"))
        .isEqualTo(LocalizedText.of("a", "b"))
        .isNotEqualTo(LocalizedText.of("a"))
        .hasSameHashCodeAs(LocalizedText.of("a", "b"));
    assertThat(LocalizedText.of("a").withEnglish("b")).isEqualTo(LocalizedText.of("a", "b"));
  }
}
