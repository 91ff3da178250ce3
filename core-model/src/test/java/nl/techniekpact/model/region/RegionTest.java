package nl.techniekpact.model.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.techniekpact.model.shared.InvalidValueException;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.Slug;
import org.junit.jupiter.api.Test;

class RegionTest {

  private Region noord() {
    return new Region(
        Slug.of("noord-nederland"),
        "Noord-Nederland",
        List.of(Province.GRONINGEN, Province.FRIESLAND, Province.DRENTHE));
  }

  @Test
  void keepsItsProvincesInDisplayOrder() {
    assertThat(noord().getProvinces())
        .containsExactly(Province.GRONINGEN, Province.FRIESLAND, Province.DRENTHE);
  }

  @Test
  void needsAtLeastOneProvinceEachListedOnce() {
    assertThatThrownBy(() -> new Region(Slug.of("leeg"), "Leeg", List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("provinces [] is invalid: at least one is required");
    assertThatThrownBy(() -> noord().cover(List.of(Province.UTRECHT, Province.UTRECHT)))
        .hasMessage("provinces [UTRECHT, UTRECHT] is invalid: a province is listed twice");
  }

  @Test
  void describesAmbitionsAndContact() {
    Region region = noord();
    region.describeAmbitions(LocalizedText.of("Meer jongeren kiezen voor techniek."));
    region.assignContact(Contact.of("Programmabureau", "noord@example.org", null));

    assertThat(region.getAmbitions().getNl()).isEqualTo("Meer jongeren kiezen voor techniek.");
    assertThat(region.getContact().getEmail()).isEqualTo("noord@example.org");
  }

  @Test
  void aPlaceholderStaysMarkedUntilConfirmed() {
    Region region = noord();
    region.markForConfirmation();
    assertThat(region.needsConfirmation()).isTrue();

    region.confirm();
    assertThat(region.isNeedsConfirmation()).isFalse();
  }

  @Test
  void readsProvincesByTheirDutchNames() {
    assertThat(Province.parse("Noord-Brabant")).isEqualTo(Province.NOORD_BRABANT);
    assertThat(Province.parse("zeeland")).isEqualTo(Province.ZEELAND);
    assertThatThrownBy(() -> Province.parse("Oost-Brabant"))
        .hasMessageStartingWith("province \"Oost-Brabant\" is invalid: not a Dutch province");
  }

  @Test
  void aContactNeedsSomethingAndAPlausibleEmailAddress() {
    assertThatThrownBy(() -> Contact.of(" ", null, ""))
        .hasMessage("contact is required but was null");
    assertThatThrownBy(() -> Contact.of(null, "noord.example.org", null))
        .hasMessage("contact.email \"noord.example.org\" is invalid: it is not an e-mail address");
  }
}
