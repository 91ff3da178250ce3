package nl.techniekpact.cms.plugin.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.techniekpact.cms.publishing.FieldError;
import nl.techniekpact.cms.publishing.FieldErrors;
import nl.techniekpact.plugin.api.ContentItem;
import nl.techniekpact.plugin.api.ContentType;
import nl.techniekpact.plugin.api.FieldDefinition;
import nl.techniekpact.plugin.api.FieldType;
import org.junit.jupiter.api.Test;

class FieldValuesTest {

  private static final ContentType PLACE =
      new ContentType(
          "internship-place",
          "Stageplaats",
          List.of(
              FieldDefinition.required("title", "Titel", FieldType.TEXT).maxLength(20),
              FieldDefinition.optional("story", "Verhaal", FieldType.RICH_TEXT),
              FieldDefinition.required("region", "Landsdeel", FieldType.REGION),
              FieldDefinition.optional("places", "Plaatsen", FieldType.NUMBER),
              FieldDefinition.optional("starts", "Begint", FieldType.DATE),
              FieldDefinition.optional("paid", "Betaald", FieldType.BOOLEAN),
              FieldDefinition.optional("apply", "Aanmelden", FieldType.URL),
              FieldDefinition.optional("goal", "Doel", FieldType.GOAL)));

  private static final FieldValues.References REFERENCES =
      new FieldValues.References() {
        @Override
        public boolean regionExists(String slug) {
          return slug.equals("noord-nederland");
        }

        @Override
        public boolean goalExists(int number) {
          return number == 9;
        }
      };

  @Test
  void validValuesAreStoredInOneShapeAndReadBackTypedForThePlugin() {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("title", Map.of("nl", " Monteur ", "en", "Mechanic"));
    input.put("story", "<p>Leuk</p>");
    input.put("region", "noord-nederland");
    input.put("places", new java.math.BigDecimal("4"));
    input.put("starts", "2027-02-01");
    input.put("paid", true);
    input.put("apply", "https://example.org/apply");
    input.put("goal", 9);
    FieldErrors errors = new FieldErrors();

    FieldValues.Checked checked = FieldValues.check(PLACE, input, REFERENCES, errors);

    assertThat(errors.list()).isEmpty();
    assertThat(checked.region()).isEqualTo("noord-nederland");
    Map<String, Object> typed = FieldValues.typed(PLACE, checked.json());
    ContentItem item =
        new ContentItem("internship-place", "x", "noord-nederland", typed, java.time.Instant.now());
    assertThat(item.text("title", Locale.ENGLISH)).isEqualTo("Mechanic");
    assertThat(item.text("title", Locale.forLanguageTag("nl"))).isEqualTo("Monteur");
    assertThat(item.text("story", Locale.ENGLISH)).isEqualTo("<p>Leuk</p>");
    assertThat(item.number("places")).contains(4L);
    assertThat(item.date("starts")).contains(LocalDate.of(2027, 2, 1));
    assertThat(item.flag("paid")).isTrue();
    assertThat(item.string("apply")).contains("https://example.org/apply");
    assertThat(item.goal("goal")).contains(9);
    assertThat(FieldValues.editable(checked.json()))
        .containsEntry("places", 4L)
        .containsEntry("title", Map.of("nl", "Monteur", "en", "Mechanic"));
  }

  @Test
  void everyRefusedFieldIsNamedWithItsReason() {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("title", "Een titel die veel te lang is voor dit veld");
    input.put("region", "atlantis");
    input.put("places", "vier");
    input.put("starts", "1 februari");
    input.put("paid", "ja");
    input.put("apply", "javascript:alert(1)");
    input.put("goal", 42);
    input.put("colour", "rood");
    FieldErrors errors = new FieldErrors();

    FieldValues.check(PLACE, input, REFERENCES, errors);

    assertThat(errors.list())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder(
            "fields.colour",
            "fields.title.nl",
            "fields.region",
            "fields.places",
            "fields.starts",
            "fields.paid",
            "fields.apply",
            "fields.goal");
    assertThat(errors.list())
        .extracting(FieldError::message)
        .contains(
            "is not a field of internship-place",
            "is longer than 20 characters (43)",
            "no region atlantis",
            "must be a whole number",
            "must be an absolute http or https link");
  }

  @Test
  void requiredFieldsMustBeFilledInAndOptionalOnesMayBeLeftOut() {
    FieldErrors errors = new FieldErrors();

    FieldValues.Checked checked =
        FieldValues.check(PLACE, Map.of("title", Map.of("nl", " ")), REFERENCES, errors);

    assertThat(errors.list())
        .extracting(e -> e.field() + " " + e.message())
        .containsExactlyInAnyOrder("fields.title is required", "fields.region is required");
    assertThat(checked.json()).isEqualTo("{}");
  }

  @Test
  void anEnglishTextNeedsADutchOne() {
    FieldErrors errors = new FieldErrors();

    FieldValues.check(
        PLACE,
        Map.of("title", Map.of("en", "Mechanic"), "region", "noord-nederland"),
        REFERENCES,
        errors);

    assertThat(errors.list())
        .extracting(e -> e.field() + " " + e.message())
        .containsExactly("fields.title needs a Dutch text (nl)");
  }

  @Test
  void richTextIsSanitizedBeforeItIsChecked() {
    Map<String, Object> clean =
        FieldValues.sanitized(
            PLACE,
            Map.of(
                "story",
                Map.of("nl", "<p onclick=\"x()\">Hoi<script>alert(1)</script></p>"),
                "title",
                "<b>plain</b>"));

    assertThat(clean.get("story").toString()).doesNotContain("script", "onclick").contains("Hoi");
    assertThat(clean.get("title")).isEqualTo("<b>plain</b>");
  }

  @Test
  void valuesOfFieldsAPluginNoLongerHasAreNotOffered() {
    ContentType smaller =
        new ContentType(
            "internship-place",
            "Stageplaats",
            List.of(FieldDefinition.required("places", "Plaatsen", FieldType.DATE)));

    Map<String, Object> typed =
        FieldValues.typed(smaller, "{\"title\":{\"nl\":\"Monteur\"},\"places\":4}");

    assertThat(typed).isEmpty();
  }

  @Test
  void anItemIsTitledByItsTextFieldTitleElseByItsFirstTextFieldElseNotAtAll() {
    ContentType titledLater =
        new ContentType(
            "event",
            "Evenement",
            List.of(
                FieldDefinition.optional("place", "Plaats", FieldType.TEXT),
                FieldDefinition.required("title", "Titel", FieldType.TEXT)));
    ContentType untitled =
        new ContentType(
            "event",
            "Evenement",
            List.of(
                FieldDefinition.optional("place", "Plaats", FieldType.TEXT),
                FieldDefinition.optional("story", "Verhaal", FieldType.RICH_TEXT)));
    ContentType textless =
        new ContentType(
            "count", "Telling", List.of(FieldDefinition.optional("n", "Aantal", FieldType.NUMBER)));
    String json =
        "{\"place\":{\"nl\":\"Delft\"},\"title\":{\"nl\":\"Open dag\",\"en\":\"Open day\"}}";

    assertThat(FieldValues.title(titledLater, json))
        .contains(new ContentItem.Text("Open dag", "Open day"));
    assertThat(FieldValues.title(untitled, json)).contains(new ContentItem.Text("Delft", null));
    assertThat(FieldValues.title(textless, "{\"n\":3}")).isEmpty();
    assertThat(FieldValues.title(titledLater, "{}")).isEmpty();
  }
}
