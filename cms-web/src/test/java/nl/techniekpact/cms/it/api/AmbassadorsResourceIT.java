package nl.techniekpact.cms.it.api;

import static nl.techniekpact.cms.it.api.ApiJson.array;
import static nl.techniekpact.cms.it.api.ApiJson.object;
import static nl.techniekpact.cms.it.api.ApiJson.problem;
import static nl.techniekpact.cms.it.api.ApiJson.strings;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.List;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.model.ambassador.AmbassadorRole;
import nl.techniekpact.model.catalogue.AmbassadorEntry;
import nl.techniekpact.model.catalogue.Catalogue;
import nl.techniekpact.model.catalogue.GoalReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /api/v1/ambassadors}: the published aanjager and ambassadeurs of the seed. */
class AmbassadorsResourceIT extends DeployedCms {

  private static final List<AmbassadorEntry> SEED = Catalogue.seed().ambassadors();

  @Test
  void listsThePublishedAmbassadorsAanjagerFirst() throws Exception {
    JsonArray ambassadors = array(get("api/v1/ambassadors"));

    assertThat(strings(ambassadors, "slug"))
        .containsExactlyInAnyOrderElementsOf(SEED.stream().map(a -> a.slug().getValue()).toList())
        .doesNotContain(ApiITHiddenContent.DRAFT_AMBASSADOR);
    assertThat(ambassadors.getJsonObject(0).getString("role"))
        .isEqualTo(AmbassadorRole.AANJAGER.name());
  }

  @Test
  void eachAmbassadorLinksTheGoalsTheyStandFor() throws Exception {
    for (AmbassadorEntry entry : SEED) {
      JsonObject ambassador = object(get("api/v1/ambassadors/" + entry.slug().getValue()));

      assertThat(ambassador.getString("name")).isEqualTo(entry.name());
      assertThat(ambassador.getJsonObject("teaser").getString("nl"))
          .isEqualTo(entry.teaser().getNl());
      assertThat(ambassador.getJsonArray("goals").getValuesAs(JsonNumber.class))
          .extracting(JsonNumber::intValue)
          .containsExactlyElementsOf(
              entry.goals().stream().sorted().map(GoalReference::number).toList());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {ApiITHiddenContent.DRAFT_AMBASSADOR, "niemand"})
  void draftAndUnknownAmbassadorsAreA404Problem(String slug) throws Exception {
    problem(get("api/v1/ambassadors/" + slug), 404);
  }
}
