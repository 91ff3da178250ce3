package nl.techniekpact.cms.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import org.junit.jupiter.api.Test;

class ItemEditScreenTest {

  @Test
  void anOptionalTextIsAbsentWhenBothLanguagesAreBlank() {
    assertThat(ItemEditScreen.text(" ", null)).isNull();
    assertThat(ItemEditScreen.text("Tekst", " ")).isEqualTo(new TextInput("Tekst", null));
    assertThat(ItemEditScreen.text(" Tekst ", " Text ")).isEqualTo(new TextInput("Tekst", "Text"));
  }

  @Test
  void aRequiredTextIsKeptEvenBlankSoValidationNamesIt() {
    assertThat(ItemEditScreen.required(null, null)).isEqualTo(new TextInput("", null));
  }

  @Test
  void differencesListOnlyFieldsThatReallyDifferWithBlanksAsAbsent() {
    assertThat(
            ItemEditScreen.differences(
                new String[][] {
                  {"name", "Nieuw", "Oud"},
                  {"website", "", null},
                  {"region", " noord ", "noord"}
                }))
        .containsExactly(new FieldChange("name", "Nieuw", "Oud"));
  }
}
