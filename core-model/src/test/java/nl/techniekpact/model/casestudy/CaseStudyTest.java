package nl.techniekpact.model.casestudy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import nl.techniekpact.model.ambassador.Ambassador;
import nl.techniekpact.model.ambassador.AmbassadorRole;
import nl.techniekpact.model.organisation.Organisation;
import nl.techniekpact.model.organisation.OrganisationKind;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.ImageReference;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.MissingValueException;
import nl.techniekpact.model.shared.Slug;
import org.junit.jupiter.api.Test;

class CaseStudyTest {

  private final Pact pact =
      new Pact(
          Slug.of("techniekpact"),
          "Techniekpact",
          LocalDate.of(2013, 5, 13),
          LocalizedText.of("Pact"));
  private final Goal eight = pact.addGoal(8, LocalizedText.of("Acht"), null, Set.of());
  private final Goal nine = pact.addGoal(9, LocalizedText.of("Negen"), null, Set.of());

  private CaseStudy makeItMove() {
    return new CaseStudy(
        Slug.of("make-it-move"),
        LocalizedText.of("Make it Move"),
        LocalizedText.of(
            "Op het Friesland College staan docenten en studenten graag dichtbij de praktijk."));
  }

  @Test
  void needsADutchTitleAndASummary() {
    assertThatThrownBy(() -> new CaseStudy(Slug.of("x"), null, LocalizedText.of("s")))
        .isInstanceOf(MissingValueException.class)
        .hasMessage("title is required but was null");
    assertThatThrownBy(() -> new CaseStudy(Slug.of("x"), LocalizedText.of("t"), null))
        .hasMessage("summary is required but was null");
  }

  @Test
  void aSummaryHasAtMostTwoThousandCharacters() {
    assertThatThrownBy(() -> makeItMove().summarise(LocalizedText.of("s", "e".repeat(2001))))
        .hasMessageStartingWith("summary.en \"eee")
        .hasMessageEndingWith("at most 2000 are allowed");
  }

  @Test
  void linksGoalsOnceAndListsThemByNumber() {
    CaseStudy c = makeItMove();
    c.linkGoal(nine);
    c.linkGoal(eight);
    c.linkGoal(nine);

    assertThat(c.getGoals()).containsExactly(eight, nine);
    c.unlinkGoal(nine);
    assertThat(c.getGoals()).containsExactly(eight);
  }

  @Test
  void namesPartnersAndEducationLevels() {
    CaseStudy c = makeItMove();
    Organisation college =
        new Organisation(
            Slug.of("friesland-college"), "Friesland College", OrganisationKind.ONDERWIJS);
    c.addPartner(college);
    c.concern(Set.of(EducationLevel.MBO, EducationLevel.VO));
    c.subtitle(LocalizedText.of("Iedereen wil programmeerles"));
    c.illustrate(ImageReference.of("/media/make-it-move.jpg", "Studenten programmeren een robot"));

    assertThat(c.getPartners()).containsExactly(college);
    assertThat(c.getEducationLevels()).containsExactly(EducationLevel.VO, EducationLevel.MBO);
    assertThat(c.getSubtitle().getNl()).isEqualTo("Iedereen wil programmeerles");
    assertThat(c.getRegion()).isEmpty();
  }

  @Test
  void anAmbassadorNeedsATeaserAndLinksGoals() {
    assertThatThrownBy(() -> new Ambassador(Slug.of("a"), "A", AmbassadorRole.AMBASSADEUR, null))
        .hasMessage("teaser is required but was null");
    Ambassador ans =
        new Ambassador(
            Slug.of("ans-hekkenberg"),
            "Ans Hekkenberg",
            AmbassadorRole.AMBASSADEUR,
            LocalizedText.of("Ans Hekkenberg bouwt gadgets."));
    ans.linkGoal(eight);

    assertThat(ans.getGoals()).containsExactly(eight);
  }
}
