package nl.techniekpact.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorMessagesTest {

  @ParameterizedTest
  @CsvSource(
      nullValues = "NULL",
      value = {
        "NULL, nl",
        "'', nl",
        "en, en",
        "en-GB;q=0.9, en",
        "de-DE, nl",
        "'fr, en;q=0.5', en",
        "'nl-BE, en;q=0.8', nl",
        "';;q=x,,--', nl"
      })
  void languageFollowsAcceptLanguageWithDutchAsDefault(String header, String expected) {
    assertThat(ErrorMessages.forAcceptLanguage(header).locale().getLanguage()).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(ErrorKind.class)
  void everyErrorKindHasDutchAndEnglishTexts(ErrorKind kind) {
    for (String language : new String[] {"nl", "en"}) {
      ErrorMessages messages = ErrorMessages.forAcceptLanguage(language);
      assertThat(messages.title(kind)).isNotBlank();
      assertThat(messages.detail(kind)).isNotBlank();
    }
  }

  @Test
  void dutchAndEnglishBundlesHaveTheSameKeys() throws IOException {
    assertThat(load("messages_en.properties").keySet())
        .containsExactlyInAnyOrderElementsOf(load("messages.properties").keySet());
  }

  @Test
  void problemCarriesKindStatusAndInstance() {
    ProblemDetails problem =
        ErrorMessages.forAcceptLanguage("en").problem(ErrorKind.NOT_FOUND, "/api/v1/x");

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.title()).isEqualTo("Page not found");
    assertThat(problem.instance()).isEqualTo("/api/v1/x");
  }

  @Test
  void invalidParametersAreListedWithATextInTheClientsLanguage() {
    InvalidParametersException error =
        new InvalidParametersException(
            java.util.List.of(
                InvalidParameter.outOfRange("size", "1000", 1, 100),
                InvalidParameter.unknown("region", "atlantis")));
    ErrorKind kind = ErrorKind.classify(error, 500);

    ProblemDetails english = ErrorMessages.forAcceptLanguage("en").problem(error, kind, "/x");
    ProblemDetails dutch = ErrorMessages.forAcceptLanguage(null).problem(error, kind, "/x");

    assertThat(kind).isEqualTo(ErrorKind.INVALID_PARAMETERS);
    assertThat(english.status()).isEqualTo(400);
    assertThat(english.type()).isEqualTo("urn:techniekpact:problem:invalid-parameters");
    assertThat(english.extensions().get("errors"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .containsExactly(
            java.util.Map.of(
                "parameter", "size",
                "value", "1000",
                "reason", "out-of-range",
                "detail", "size must be between 1 and 100, not 1000."),
            java.util.Map.of(
                "parameter", "region",
                "value", "atlantis",
                "reason", "unknown",
                "detail", "Unknown value \"atlantis\" for region."));
    assertThat(dutch.extensions().get("errors").toString())
        .contains("size moet tussen 1 en 100 liggen, niet 1000.");
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        ErrorMessages.class.getResourceAsStream("/nl/techniekpact/cms/i18n/" + name)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }
}
