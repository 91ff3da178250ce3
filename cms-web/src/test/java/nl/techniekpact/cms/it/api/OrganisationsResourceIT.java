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
import nl.techniekpact.model.catalogue.OrganisationEntry;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/organisations}: the partner organisations of the seed, optionally by region. */
class OrganisationsResourceIT extends DeployedCms {

  private static final List<OrganisationEntry> SEED = Catalogue.seed().organisations();

  @Test
  void listsEveryOrganisationByName() throws Exception {
    assertThat(strings(array(get("api/v1/organisations")), "slug"))
        .containsExactlyElementsOf(
            SEED.stream()
                .sorted(Comparator.comparing(OrganisationEntry::name))
                .map(o -> o.slug().getValue())
                .toList());
  }

  @Test
  void aRegionFilterListsTheOrganisationsOfThatRegion() throws Exception {
    assertThat(strings(array(get("api/v1/organisations?region=zuid-nederland")), "slug"))
        .containsExactlyInAnyOrderElementsOf(
            SEED.stream()
                .filter(o -> o.region() != null && o.region().getValue().equals("zuid-nederland"))
                .map(o -> o.slug().getValue())
                .toList())
        .isNotEmpty();
  }

  @Test
  void oneOrganisationLinksItsRegion() throws Exception {
    OrganisationEntry entry = SEED.get(0);

    JsonObject organisation = object(get("api/v1/organisations/" + entry.slug().getValue()));

    assertThat(organisation.getString("name")).isEqualTo(entry.name());
    assertThat(organisation.getString("kind")).isEqualTo(entry.kind().name());
    assertThat(organisation.getString("region", null))
        .isEqualTo(entry.region() == null ? null : entry.region().getValue());
  }

  @Test
  void anUnknownOrganisationIsA404Problem() throws Exception {
    problem(get("api/v1/organisations/bestaat-niet"), 404);
  }

  @Test
  void anUnknownRegionFilterIsA400Problem() throws Exception {
    JsonObject problem = problem(get("api/v1/organisations?region=atlantis"), 400);

    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("parameter"))
        .isEqualTo("region");
  }
}
