package nl.techniekpact.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.PublicationState;
import nl.techniekpact.model.shared.Slug;
import org.junit.jupiter.api.Test;

class CatalogueJsonTest {

  /** A small valid catalogue; each bad-input test breaks one thing in it. */
  private static final String SMALL =
      """
      {
        "format": "techniekpact-catalogue/1",
        "pacts": [{
          "slug": "techniekpact", "name": "Techniekpact", "signedOn": "2013-05-13",
          "description": "Afspraken.",
          "goals": [
            {"number": 1, "title": "Een", "educationLevels": ["PO"]},
            {"number": 2, "title": {"nl": "Twee", "en": "Two"}}
          ]
        }],
        "regions": [
          {"slug": "oost-nederland", "name": "Oost-Nederland",
           "provinces": ["Overijssel", "Gelderland"], "publication": "PUBLISHED"}
        ],
        "organisations": [],
        "ambassadors": [
          {"slug": "ans-hekkenberg", "name": "Ans Hekkenberg", "role": "AMBASSADEUR",
           "teaser": "Gadgets.", "photo": {"location": "/media/ans.jpg", "altText": "Ans"},
           "goals": ["techniekpact/2"], "publication": "PUBLISHED"}
        ],
        "cases": [
          {"slug": "een", "title": "Een", "summary": "S", "region": "oost-nederland",
           "goals": ["techniekpact/1"], "publication": "PUBLISHED"},
          {"slug": "twee", "title": "Twee", "summary": "S",
           "publication": {"status": "SCHEDULED", "at": "2027-01-04T07:00:00Z"}}
        ]
      }
      """;

  @Test
  void readsASmallCatalogue() {
    Catalogue c = CatalogueJson.fromJson(SMALL);

    assertThat(c.pacts().get(0).goals().get(1).title()).isEqualTo(LocalizedText.of("Twee", "Two"));
    assertThat(c.pacts().get(0).goals().get(0).educationLevels())
        .containsExactly(EducationLevel.PO);
    assertThat(c.cases().get(1).publication())
        .isEqualTo(PublicationState.scheduledAt(Instant.parse("2027-01-04T07:00:00Z")));
    assertThat(c.cases().get(1).region()).isNull();
    assertThat(c.ambassadors().get(0).goals())
        .containsExactly(new GoalReference(Slug.of("techniekpact"), 2));
  }

  @Test
  void theSeedSurvivesWritingAndReadingBack() {
    Catalogue seed = Catalogue.seed();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    CatalogueJson.write(seed, out);
    Catalogue back = CatalogueJson.read(new ByteArrayInputStream(out.toByteArray()));

    assertThat(back).isEqualTo(seed);
    assertThat(CatalogueJson.toJson(back)).isEqualTo(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aSmallCatalogueSurvivesWritingAndReadingBack() {
    Catalogue small = CatalogueJson.fromJson(SMALL);

    assertThat(CatalogueJson.fromJson(CatalogueJson.toJson(small))).isEqualTo(small);
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    String broken = "{\n  \"format\": \"techniekpact-catalogue/1\",\n  \"pacts\": [ }\n}";

    assertThatThrownBy(() -> CatalogueJson.fromJson(broken))
        .isInstanceOf(CatalogueFormatException.class)
        .hasMessageStartingWith("malformed JSON at line 3, column ")
        .satisfies(
            e -> {
              CatalogueFormatException f = (CatalogueFormatException) e;
              assertThat(f.getLine()).isEqualTo(3);
              assertThat(f.getColumn()).isPositive();
            });
  }

  @Test
  void emptyInputIsMalformed() {
    assertThatThrownBy(() -> CatalogueJson.fromJson(""))
        .isInstanceOf(CatalogueFormatException.class)
        .hasMessageStartingWith("malformed JSON");
  }

  @Test
  void aCasePointingAtAnUnknownRegionIsNamedByPathAndValue() {
    String json = SMALL.replace("\"region\": \"oost-nederland\"", "\"region\": \"oost-brabant\"");

    assertThatThrownBy(() -> CatalogueJson.fromJson(json))
        .isInstanceOf(CatalogueValidationException.class)
        .hasMessage("catalogue is invalid: cases[0].region: unknown region \"oost-brabant\"");
  }

  @Test
  void anAmbassadorWithoutARegionAsInOlderFilesIsNational() {
    assertThat(CatalogueJson.fromJson(SMALL).ambassadors().get(0).region()).isNull();
    assertThat(CatalogueJson.toJson(CatalogueJson.fromJson(SMALL))).doesNotContain("noord");
  }

  @Test
  void anAmbassadorsRegionIsReadAndWrittenAndAnUnknownOneIsNamed() {
    String json = ambassadorIn("oost-nederland");
    String unknown = ambassadorIn("noord");

    Catalogue read = CatalogueJson.fromJson(json);

    assertThat(read.ambassadors().get(0).region()).isEqualTo(Slug.of("oost-nederland"));
    assertThat(CatalogueJson.fromJson(CatalogueJson.toJson(read))).isEqualTo(read);
    assertThatThrownBy(() -> CatalogueJson.fromJson(unknown))
        .isInstanceOf(CatalogueValidationException.class)
        .hasMessage("catalogue is invalid: ambassadors[0].region: unknown region \"noord\"");
  }

  private static String ambassadorIn(String region) {
    return SMALL.replace(
        "\"goals\": [\"techniekpact/2\"],",
        "\"goals\": [\"techniekpact/2\"], \"region\": \"" + region + "\",");
  }

  @Test
  void aDuplicateGoalNumberInOnePactIsNamed() {
    String json = SMALL.replace("{\"number\": 2, \"title\"", "{\"number\": 1, \"title\"");

    assertThatThrownBy(() -> CatalogueJson.fromJson(json))
        .isInstanceOf(CatalogueValidationException.class)
        .hasMessageContaining(
            "pacts[0].goals[1].number: goal number 1 already exists in pact \"techniekpact\"");
  }

  @Test
  void aMissingDutchTitleIsNamed() {
    String json =
        SMALL.replace(
            "\"title\": {\"nl\": \"Twee\", \"en\": \"Two\"}", "\"title\": {\"en\": \"Two\"}");

    assertThatThrownBy(() -> CatalogueJson.fromJson(json))
        .isInstanceOf(CatalogueValidationException.class)
        .hasMessage(
            "catalogue is invalid: pacts[0].goals[1].title.nl: nl is required but was null");
  }

  @Test
  void aBlankDutchTitleIsNamedWithItsValue() {
    String json =
        SMALL.replace(
            "{\"slug\": \"een\", \"title\": \"Een\"", "{\"slug\": \"een\", \"title\": \" \"");

    assertThatThrownBy(() -> CatalogueJson.fromJson(json))
        .hasMessage("catalogue is invalid: cases[0].title.nl: nl is required but was \" \"");
  }

  @Test
  void aMissingAltTextIsNamed() {
    String json = SMALL.replace(", \"altText\": \"Ans\"", "");

    assertThatThrownBy(() -> CatalogueJson.fromJson(json))
        .hasMessage(
            "catalogue is invalid: ambassadors[0].photo.altText: altText is required but was null");
  }

  @Test
  void anInvalidSlugIsNamedWithItsValue() {
    String json = SMALL.replace("\"slug\": \"oost-nederland\"", "\"slug\": \"Oost Nederland!\"");

    assertThatThrownBy(() -> CatalogueJson.fromJson(json))
        .isInstanceOf(CatalogueValidationException.class)
        .hasMessageContaining("regions[0].slug: slug \"Oost Nederland!\" is invalid");
  }

  @Test
  void anUnknownGoalIsNamed() {
    String json =
        SMALL.replace("\"goals\": [\"techniekpact/1\"]", "\"goals\": [\"techniekpact/13\"]");

    assertThatThrownBy(() -> CatalogueJson.fromJson(json))
        .hasMessage("catalogue is invalid: cases[0].goals: unknown goal \"techniekpact/13\"");
  }

  @Test
  void wrongTypesUnknownFieldsAndValuesAreAllReportedTogether() {
    String json =
        SMALL
            .replace(
                "{\"number\": 1, \"title\": \"Een\"", "{\"number\": \"een\", \"title\": \"Een\"")
            .replace("\"role\": \"AMBASSADEUR\"", "\"role\": \"ASTRONAUT\"")
            .replace("\"slug\": \"twee\",", "\"slug\": \"twee\", \"titel\": \"x\",");

    assertThatThrownBy(() -> CatalogueJson.fromJson(json))
        .isInstanceOf(CatalogueValidationException.class)
        .hasMessageStartingWith("catalogue has 3 problems:")
        .hasMessageContaining(
            "pacts[0].goals[0].number: expected a whole number, got string \"een\"")
        .hasMessageContaining(
            "ambassadors[0].role: unknown value \"ASTRONAUT\"; use one of AANJAGER, AMBASSADEUR")
        .hasMessageContaining("cases[1].titel: unknown field \"titel\"")
        .satisfies(
            e ->
                assertThat(((CatalogueValidationException) e).getProblems())
                    .extracting(CatalogueProblem::path)
                    .containsExactly(
                        "pacts[0].goals[0].number", "ambassadors[0].role", "cases[1].titel"));
  }

  @Test
  void aScheduleWithoutAMomentIsNamed() {
    String json = SMALL.replace(", \"at\": \"2027-01-04T07:00:00Z\"", "");

    assertThatThrownBy(() -> CatalogueJson.fromJson(json))
        .hasMessage(
            "catalogue is invalid: cases[1].publication.at: publication.at is required but was null");
  }

  @Test
  void theEndOfAPublicationIsReadAndWrittenBack() {
    String json =
        SMALL.replace(
            "\"at\": \"2027-01-04T07:00:00Z\"}",
            "\"at\": \"2027-01-04T07:00:00Z\", \"until\": \"2027-06-30T22:00:00Z\"}");

    Catalogue read = CatalogueJson.fromJson(json);

    assertThat(read.cases().get(1).publication())
        .isEqualTo(
            PublicationState.scheduledAt(Instant.parse("2027-01-04T07:00:00Z"))
                .unpublishAt(Instant.parse("2027-06-30T22:00:00Z")));
    assertThat(CatalogueJson.toJson(read)).containsPattern("\"until\": ?\"2027-06-30T22:00:00Z\"");
    assertThat(CatalogueJson.fromJson(CatalogueJson.toJson(read))).isEqualTo(read);
  }

  @Test
  void anEndBeforeTheScheduledStartIsNamed() {
    String json =
        SMALL.replace(
            "\"at\": \"2027-01-04T07:00:00Z\"}",
            "\"at\": \"2027-01-04T07:00:00Z\", \"until\": \"2026-12-31T23:00:00Z\"}");

    assertThatThrownBy(() -> CatalogueJson.fromJson(json))
        .isInstanceOf(CatalogueValidationException.class)
        .hasMessageStartingWith("catalogue is invalid: cases[1].publication.until: ")
        .hasMessageContaining("must be after the scheduled start");
  }

  @Test
  void anUnsupportedFormatIsRefused() {
    String json = SMALL.replace("techniekpact-catalogue/1", "techniekpact-catalogue/9");

    assertThatThrownBy(() -> CatalogueJson.fromJson(json))
        .hasMessageContaining("format: unsupported format \"techniekpact-catalogue/9\"");
  }

  @Test
  void aCatalogueBuiltInCodeIsCheckedToo() {
    CaseStudyEntry orphan =
        new CaseStudyEntry(
            Slug.of("wees"),
            LocalizedText.of("Wees"),
            null,
            LocalizedText.of("S"),
            null,
            Slug.of("oost-brabant"),
            Set.of(),
            Set.of(),
            Set.of(Slug.of("onbekend")),
            null,
            PublicationState.draft());

    assertThatThrownBy(
            () ->
                new Catalogue(List.of(), List.of(), List.of(), List.of(), List.of(orphan, orphan)))
        .isInstanceOf(CatalogueValidationException.class)
        .hasMessageContaining("cases[0].region: unknown region \"oost-brabant\"")
        .hasMessageContaining("cases[0].partners: unknown organisation \"onbekend\"")
        .hasMessageContaining("cases[1].slug: duplicate slug \"wees\", also used by cases[0]");
  }

  @Test
  void aProvinceBelongsToOneRegionOnly() {
    String json =
        SMALL
            .replace("\"organisations\": [],", "\"organisations\": [],")
            .replace(
                "\"provinces\": [\"Overijssel\", \"Gelderland\"], \"publication\": \"PUBLISHED\"}",
                "\"provinces\": [\"Overijssel\", \"Gelderland\"], \"publication\": \"PUBLISHED\"},"
                    + " {\"slug\": \"midden\", \"name\": \"Midden\", \"provinces\": [\"Gelderland\"]}");

    assertThatThrownBy(() -> CatalogueJson.fromJson(json))
        .hasMessage(
            "catalogue is invalid: regions[1].provinces[0]: province \"Gelderland\" already belongs"
                + " to region \"oost-nederland\"");
  }
}
