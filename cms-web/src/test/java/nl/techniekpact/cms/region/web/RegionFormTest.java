package nl.techniekpact.cms.region.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.region.editing.ContactInput;
import nl.techniekpact.cms.region.editing.RegionInput;
import org.junit.jupiter.api.Test;

class RegionFormTest {

  private static final RegionInput ZUID =
      new RegionInput(
          "zuid-nederland",
          "Zuid-Nederland",
          List.of("Zeeland", "Noord-Brabant", "Limburg"),
          new TextInput("Meer technici.", null),
          new ContactInput(null, "zuid@example.org", null),
          true);

  @Test
  void aFormShowsAnInputAndGivesTheSameInputBack() {
    assertThat(RegionForm.of(ZUID).toInput("zuid-nederland")).isEqualTo(ZUID);
  }

  @Test
  void blankTextsAndContactsBecomeAbsent() {
    RegionForm form = RegionForm.of(ZUID);
    form.setAmbitionsNl(" ");
    form.setContactEmail("");

    RegionInput input = form.toInput("zuid-nederland");

    assertThat(input.ambitions()).isNull();
    assertThat(input.contact()).isNull();
  }

  @Test
  void theServicesFieldNamesPointAtTheFormsComponents() {
    assertThat(RegionForm.componentOf("contact.email")).isEqualTo("contactEmail");
    assertThat(RegionForm.componentOf("provinces[1]")).isEqualTo("provinces");
    assertThat(RegionForm.componentOf("ambitions.en")).isEqualTo("ambitionsEn");
    assertThat(RegionForm.componentOf("version")).isNull();
  }

  @Test
  void aConflictListsOnlyTheFieldsThatDiffer() {
    RegionForm mine = RegionForm.of(ZUID);
    mine.setName("Zuid");

    List<FieldChange> changes = mine.differencesTo(ZUID);

    assertThat(changes).extracting(FieldChange::field).containsExactly("name");
    assertThat(changes.get(0).before()).isEqualTo("Zuid");
    assertThat(changes.get(0).after()).isEqualTo("Zuid-Nederland");
  }
}
