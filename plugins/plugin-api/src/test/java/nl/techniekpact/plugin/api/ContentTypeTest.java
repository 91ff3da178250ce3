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
}
