package nl.techniekpact.cms.region.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.techniekpact.cms.publishing.ContentRights;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.FieldError;
import nl.techniekpact.cms.publishing.FieldErrors;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.model.region.Province;
import nl.techniekpact.model.region.Region;
import org.junit.jupiter.api.Test;

class RegionTypeTest {

  private final RegionType type = new RegionType();

  private static RegionInput input(List<String> provinces, ContactInput contact) {
    return new RegionInput(
        "oost-nederland",
        "Oost-Nederland",
        provinces,
        new TextInput("Meer technici.", "More engineers."),
        contact,
        false);
  }

  @Test
  void aRegionIsBuiltFromProvinceNamesOrConstants() {
    FieldErrors errors = new FieldErrors();
    Region region =
        type.create(
            input(
                List.of("Overijssel", "GELDERLAND"),
                new ContactInput(null, "oost@example.org", null)),
            errors);

    assertThat(errors.isEmpty()).isTrue();
    assertThat(region.getProvinces()).containsExactly(Province.OVERIJSSEL, Province.GELDERLAND);
    assertThat(region.getContact().getEmail()).isEqualTo("oost@example.org");
    assertThat(type.inputOf(region))
        .isEqualTo(
            input(
                List.of("Overijssel", "Gelderland"),
                new ContactInput(null, "oost@example.org", null)));
  }

  @Test
  void unknownAndRepeatedProvincesAndABadAddressAreEachRefused() {
    FieldErrors unknown = new FieldErrors();
    type.create(input(List.of("Atlantis"), null), unknown);
    Region region = type.create(input(List.of("Utrecht"), null), new FieldErrors());
    FieldErrors twice = new FieldErrors();
    type.apply(region, input(List.of("Utrecht", "UTRECHT"), null), twice);
    FieldErrors address = new FieldErrors();
    type.apply(
        region, input(List.of("Utrecht"), new ContactInput("Bureau", "geen-adres", null)), address);

    assertThat(unknown.list()).extracting(FieldError::field).containsExactly("provinces");
    assertThat(unknown.list().get(0).message()).contains("Atlantis");
    assertThat(twice.list()).extracting(FieldError::field).containsExactly("provinces");
    assertThat(address.list()).extracting(FieldError::field).containsExactly("contact.email");
    assertThat(region.getProvinces()).containsExactly(Province.UTRECHT);
  }

  @Test
  void aBlankContactRemovesItAndConfirmationFollowsTheInput() {
    Region region =
        type.create(
            input(List.of("Utrecht"), new ContactInput("Bureau", null, null)), new FieldErrors());
    region.markForConfirmation();

    type.apply(
        region, input(List.of("Utrecht"), new ContactInput(" ", "", null)), new FieldErrors());

    assertThat(region.getContact()).isNull();
    assertThat(region.needsConfirmation()).isFalse();
  }

  @Test
  void aRegionIsTheContentOfItsOwnRegion() {
    Region region = type.create(input(List.of("Utrecht"), null), new FieldErrors());
    Editor own = new Editor("r", Set.of(Roles.REGIONAL_EDITOR), Set.of("oost-nederland"));
    Editor other = new Editor("o", Set.of(Roles.REGIONAL_EDITOR), Set.of("noord-nederland"));

    assertThat(type.regionsOf(region)).containsExactly("oost-nederland");
    assertThat(ContentRights.mayEdit(own, type.regionsOf(region))).isTrue();
    assertThat(ContentRights.mayEdit(other, type.regionsOf(region))).isFalse();
  }
}
