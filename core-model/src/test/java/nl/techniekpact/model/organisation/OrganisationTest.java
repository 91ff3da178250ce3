package nl.techniekpact.model.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.techniekpact.model.region.Province;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.Slug;
import org.junit.jupiter.api.Test;

class OrganisationTest {

  private final Organisation college =
      new Organisation(
          Slug.of("friesland-college"), "Friesland College", OrganisationKind.ONDERWIJS);

  @Test
  void acceptsAnHttpOrHttpsWebsite() {
    college.changeWebsite("https://www.frieslandcollege.nl");
    assertThat(college.getWebsite()).isEqualTo("https://www.frieslandcollege.nl");

    college.changeWebsite(" ");
    assertThat(college.getWebsite()).isNull();
  }

  @Test
  void rejectsAWebsiteThatIsNotAnAbsoluteWebAddress() {
    assertThatThrownBy(() -> college.changeWebsite("ftp://frieslandcollege.nl"))
        .hasMessage(
            "website \"ftp://frieslandcollege.nl\" is invalid: use an absolute http:// or https://"
                + " address");
    assertThatThrownBy(() -> college.changeWebsite("www.frieslandcollege.nl"))
        .hasMessageStartingWith("website \"www.frieslandcollege.nl\" is invalid");
  }

  @Test
  void belongsToOnePartyAndOptionallyARegion() {
    Region noord =
        new Region(Slug.of("noord-nederland"), "Noord-Nederland", List.of(Province.FRIESLAND));
    college.locateIn(noord);

    assertThat(college.getRegion()).containsSame(noord);
    assertThat(college.getKind()).isEqualTo(OrganisationKind.ONDERWIJS);
    assertThatThrownBy(() -> college.reclassify(null)).hasMessage("kind is required but was null");
  }
}
