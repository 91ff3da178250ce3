package nl.techniekpact.cms.it.api;

import static nl.techniekpact.cms.it.api.ApiJson.array;
import static nl.techniekpact.cms.it.api.ApiJson.object;
import static nl.techniekpact.cms.it.api.ApiJson.problem;
import static nl.techniekpact.cms.it.api.ApiJson.strings;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Comparator;
import java.util.List;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.model.catalogue.Catalogue;
import nl.techniekpact.model.catalogue.RegionEntry;
import nl.techniekpact.model.region.Province;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /api/v1/regions}: the published landsdelen of the seed, by name. */
class RegionsResourceIT extends DeployedCms {

  private static final List<RegionEntry> SEED = Catalogue.seed().regions();

  @Test
  void listsThePublishedRegionsByName() throws Exception {
    assertThat(strings(array(get("api/v1/regions")), "slug"))
        .containsExactlyElementsOf(
            SEED.stream()
                .sorted(Comparator.comparing(RegionEntry::name))
                .map(r -> r.slug().getValue())
                .toList())
        .doesNotContain(ApiITHiddenContent.DRAFT_REGION);
  }

  @Test
  void oneRegionComesWithItsNameAndProvinces() throws Exception {
    RegionEntry noord =
        SEED.stream().filter(r -> r.slug().getValue().equals("noord-nederland")).findFirst().get();

    JsonObject region = object(get("api/v1/regions/noord-nederland"));

    assertThat(region.getString("name")).isEqualTo(noord.name());
    assertThat(strings(region.getJsonArray("provinces")))
        .containsExactlyElementsOf(
            noord.provinces().stream().map(Province::getDisplayName).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {ApiITHiddenContent.DRAFT_REGION, "atlantis", "Noord-Nederland"})
  void draftUnknownAndMalformedRegionsAreA404Problem(String slug) throws Exception {
    problem(get("api/v1/regions/" + slug), 404);
  }
}
