package nl.techniekpact.model.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.InvalidValueException;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.MissingValueException;
import nl.techniekpact.model.shared.Slug;
import org.junit.jupiter.api.Test;

class PactTest {

  private final Pact pact =
      new Pact(
          Slug.of("techniekpact"),
          "Techniekpact",
          LocalDate.of(2013, 5, 13),
          LocalizedText.of("Concrete afspraken tussen bedrijfsleven, onderwijs en overheid."));

  @Test
  void goalsAreKeptInNumberOrderWhateverTheOrderOfAdding() {
    pact.addGoal(3, LocalizedText.of("Drie"), null, Set.of());
    pact.addGoal(1, LocalizedText.of("Een"), null, Set.of(EducationLevel.PO));
    pact.addGoal(2, LocalizedText.of("Twee"), null, null);

    assertThat(pact.getGoals()).extracting(Goal::getNumber).containsExactly(1, 2, 3);
    assertThat(pact.goal(1).orElseThrow().getEducationLevels()).containsExactly(EducationLevel.PO);
    assertThat(pact.goal(1).orElseThrow().getPact()).isSameAs(pact);
  }

  @Test
  void aGoalNumberIsUniqueWithinItsPact() {
    pact.addGoal(3, LocalizedText.of("Drie"), null, Set.of());

    assertThatThrownBy(() -> pact.addGoal(3, LocalizedText.of("Nog eens drie"), null, Set.of()))
        .isInstanceOf(DuplicateGoalNumberException.class)
        .hasMessage("goal number 3 already exists in pact \"techniekpact\"")
        .hasFieldOrPropertyWithValue("field", "number")
        .hasFieldOrPropertyWithValue("value", 3);
  }

  @Test
  void aGoalNeedsAPositiveNumberAndADutchTitle() {
    assertThatThrownBy(() -> pact.addGoal(0, LocalizedText.of("Nul"), null, Set.of()))
        .hasMessage("number 0 is invalid: it must be 1 or more");
    assertThatThrownBy(() -> pact.addGoal(1, null, null, Set.of()))
        .isInstanceOf(MissingValueException.class)
        .hasMessage("title is required but was null");
  }

  @Test
  void aGoalTitleHasAtMostFiveHundredCharacters() {
    assertThatThrownBy(() -> pact.addGoal(1, LocalizedText.of("x".repeat(501)), null, Set.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("title.nl \"xxx");
  }

  @Test
  void goalsCanBeGroupedUnderAThemeOfTheirOwnPactOnly() {
    Goal goal = pact.addGoal(4, LocalizedText.of("Bètaprofiel"), null, Set.of());
    Theme theme = pact.addTheme(1, LocalizedText.of("Kiezen voor techniek"), null);
    Pact later =
        new Pact(
            Slug.of("techniekpact-2020"), "Techniekpact 2020", null, LocalizedText.of("Later"));
    Theme foreign = later.addTheme(1, LocalizedText.of("Anders"), null);

    goal.groupUnder(theme);
    assertThat(goal.getTheme()).containsSame(theme);
    assertThatThrownBy(() -> goal.groupUnder(foreign))
        .hasMessage("theme 1 is invalid: it belongs to another pact edition");
    assertThatThrownBy(() -> pact.addTheme(1, LocalizedText.of("Dubbel"), null))
        .hasMessage("theme number 1 already exists in pact \"techniekpact\"");
  }

  @Test
  void aPactNeedsANameAndADescription() {
    assertThatThrownBy(() -> new Pact(Slug.of("p"), " ", null, LocalizedText.of("Beschrijving")))
        .hasMessage("name is required but was \" \"");
    assertThatThrownBy(() -> new Pact(Slug.of("p"), "P", null, null))
        .hasMessage("description is required but was null");
  }

  @Test
  void removingAGoalFreesItsNumber() {
    pact.addGoal(1, LocalizedText.of("Een"), null, Set.of());

    assertThat(pact.removeGoal(1)).isTrue();
    assertThat(pact.addGoal(1, LocalizedText.of("Een, opnieuw"), null, Set.of())).isNotNull();
  }

  @Test
  void aThemeIsRemovableOnlyOnceNoGoalIsGroupedUnderIt() {
    Theme theme = pact.addTheme(2, LocalizedText.of("Leren"), null);
    Goal goal = pact.addGoal(5, LocalizedText.of("Vijf"), null, Set.of());
    goal.groupUnder(theme);

    assertThatThrownBy(() -> pact.removeTheme(2))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("goals [5] are still grouped under this theme");
    assertThat(pact.getThemes()).containsExactly(theme);

    goal.groupUnder(null);
    assertThat(pact.removeTheme(2)).isTrue();
    assertThat(pact.getThemes()).isEmpty();
    assertThat(pact.removeTheme(2)).isFalse();
  }
}
