package nl.techniekpact.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentTypeTest {

  @Test
  void validDescriptionKeepsItsFieldsInOrder() {
    ContentType type =
        new ContentType(
            "internship-place",
            "Stageplaats",
            List.of(
                FieldDefinition.required("title", "Titel", FieldType.TEXT),
                FieldDefinition.optional("places", "Plaatsen", FieldType.NUMBER)));

    assertThat(type.fields()).extracting(FieldDefinition::key).containsExactly("title", "places");
    assertThat(type.fields().get(0).required()).isTrue();
  }

  @Test
  void duplicateFieldKeysAreRefusedNamingTheField() {
    assertThatThrownBy(
            () ->
                new ContentType(
                    "place",
                    "Plaats",
                    List.of(
                        FieldDefinition.required("title", "Titel", FieldType.TEXT),
                        FieldDefinition.required("title", "Kop", FieldType.TEXT))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title twice");
  }

  @Test
  void malformedKeysAndEmptyTypesAreRefused() {
    assertThatThrownBy(() -> FieldDefinition.required("Title", "Titel", FieldType.TEXT))
        .hasMessageContaining("\"Title\"");
    assertThatThrownBy(() -> new ContentType("place", "Plaats", List.of()))
        .hasMessageContaining("no fields");
    assertThatThrownBy(() -> FieldDefinition.required("title", " ", FieldType.TEXT))
        .hasMessageContaining("label");
  }

  @Test
  void fragmentRequestParametersAreCopiedAndOptional() {
    java.util.Map<String, String> parameters = new java.util.HashMap<>();
    parameters.put("region", "noord-nederland");
    FragmentRequest request =
        new FragmentRequest(PageSlot.REGION, java.util.Locale.forLanguageTag("nl"), parameters);
    parameters.clear();

    assertThat(request.parameter("region")).contains("noord-nederland");
    assertThat(request.parameter("goal")).isEmpty();
  }

  @Test
  void labelsAreEnglishWhenTheAuthorGaveThemAndDutchOtherwise() {
    FieldDefinition title =
        FieldDefinition.required("title", "Titel", FieldType.TEXT).inEnglish("Title");
    FieldDefinition places = FieldDefinition.optional("places", "Plaatsen", FieldType.NUMBER);
    ContentType type =
        new ContentType("place", "Stageplaats", List.of(title, places)).inEnglish("Place");

    assertThat(type.label(java.util.Locale.ENGLISH)).isEqualTo("Place");
    assertThat(type.label(java.util.Locale.forLanguageTag("nl"))).isEqualTo("Stageplaats");
    assertThat(title.label(java.util.Locale.ENGLISH)).isEqualTo("Title");
    assertThat(places.label(java.util.Locale.ENGLISH)).isEqualTo("Plaatsen");
    assertThat(type.field("places")).contains(places);
  }

  @Test
  void textsHaveTheirTypesDefaultLengthUnlessTheFieldSetsOne() {
    FieldDefinition title = FieldDefinition.required("title", "Titel", FieldType.TEXT);

    assertThat(title.effectiveMaxLength()).isEqualTo(500);
    assertThat(title.maxLength(80).effectiveMaxLength()).isEqualTo(80);
    assertThat(title.maxLength(80).required()).isTrue();
    assertThatThrownBy(() -> title.maxLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title");
  }

  @Test
  void itemsReadTheirValuesByFieldTypeAndLanguage() {
    ContentItem item =
        new ContentItem(
            "place",
            "monteur",
            "noord-nederland",
            java.util.Map.of(
                "title", new ContentItem.Text("Monteur", null), "places", 4L, "paid", true),
            java.time.Instant.EPOCH);

    assertThat(item.text("title", java.util.Locale.ENGLISH)).isEqualTo("Monteur");
    assertThat(item.number("places")).contains(4L);
    assertThat(item.number("title")).isEmpty();
    assertThat(item.flag("paid")).isTrue();
    assertThat(item.flag("missing")).isFalse();
    assertThat(item.regionSlug()).contains("noord-nederland");
  }
}
