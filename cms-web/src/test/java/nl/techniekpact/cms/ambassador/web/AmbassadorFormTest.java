package nl.techniekpact.cms.ambassador.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.techniekpact.cms.ambassador.editing.AmbassadorInput;
import nl.techniekpact.cms.publishing.ImageInput;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import org.junit.jupiter.api.Test;

class AmbassadorFormTest {

  private static final AmbassadorInput ANDRE =
      new AmbassadorInput(
          "andre-kuipers",
          "André Kuipers",
          "AMBASSADEUR",
          new TextInput("Sciencefiction inspireerde hem.", "Science fiction inspired him."),
          new TextInput("Eerste.\n\nTweede.", null),
          new ImageInput("/media/12/card", "André Kuipers voor een klas"),
          List.of(4, 8),
          "noord-nederland");

  @Test
  void aFormShowsAnInputAndGivesTheSameInputBack() {
    assertThat(AmbassadorForm.of(ANDRE).toInput("andre-kuipers")).isEqualTo(ANDRE);
  }

  @Test
  void aBlankPhotoAndRegionBecomeAbsentButAHalfPhotoIsKeptForValidation() {
    AmbassadorForm form = AmbassadorForm.of(ANDRE);
    form.setRegion("");
    form.setPhotoLocation(" ");
    form.setPhotoAltText(null);
    AmbassadorForm half = AmbassadorForm.of(ANDRE);
    half.setPhotoAltText(" ");

    assertThat(form.toInput("andre-kuipers").region()).isNull();
    assertThat(form.toInput("andre-kuipers").photo()).isNull();
    assertThat(half.toInput("andre-kuipers").photo().altText()).isNull();
  }

  @Test
  void theServicesFieldNamesPointAtTheFormsComponents() {
    assertThat(AmbassadorForm.componentOf("photo.altText")).isEqualTo("photoAltText");
    assertThat(AmbassadorForm.componentOf("teaser.en")).isEqualTo("teaserEn");
    assertThat(AmbassadorForm.componentOf("goals[0]")).isEqualTo("goals");
  }

  @Test
  void aConflictListsOnlyTheFieldsThatDiffer() {
    AmbassadorForm mine = AmbassadorForm.of(ANDRE);
    mine.setRole("AANJAGER");
    mine.setGoals(List.of("4"));

    List<FieldChange> changes = mine.differencesTo(ANDRE);

    assertThat(changes).extracting(FieldChange::field).containsExactly("role", "goals");
  }
}
