package nl.techniekpact.cms.it.api;

import static nl.techniekpact.cms.it.api.ApiJson.array;
import static nl.techniekpact.cms.it.api.ApiJson.object;
import static nl.techniekpact.cms.it.api.ApiJson.problem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.model.catalogue.Catalogue;
import nl.techniekpact.model.catalogue.PactEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /api/v1/pacts}: the seed's pact edition, by slug and by year. */
class PactsResourceIT extends DeployedCms {

  private static final PactEntry SEED = Catalogue.seed().pacts().get(0);

  @Test
  void listsTheEditionsCurrentFirstWithoutGoals() throws Exception {
    JsonArray pacts = array(get("api/v1/pacts"));

    assertThat(pacts).hasSize(Catalogue.seed().pacts().size());
    JsonObject current = pacts.getJsonObject(0);
    assertThat(current.getString("slug")).isEqualTo(SEED.slug().getValue());
    assertThat(current.getString("name")).isEqualTo(SEED.name());
    assertThat(current.getBoolean("current")).isTrue();
    assertThat(current.getString("signedOn")).isEqualTo(SEED.signedOn().toString());
    assertThat(current.getJsonObject("description").getString("nl"))
        .isEqualTo(SEED.description().getNl());
    assertThat(current).doesNotContainKey("goals");
  }

  @ParameterizedTest
  @CsvSource({"techniekpact", "2013"})
  void oneEditionBySlugOrYearComesWithItsGoals(String key) throws Exception {
    JsonObject pact = object(get("api/v1/pacts/" + key));

    assertThat(pact.getString("slug")).isEqualTo("techniekpact");
    assertThat(pact.getBoolean("current")).isTrue();
    JsonArray goals = pact.getJsonArray("goals");
    assertThat(goals).hasSize(SEED.goals().size());
    assertThat(goals.getJsonObject(0).getJsonNumber("number").intValue()).isEqualTo(1);
    assertThat(
            goals.getValuesAs(JsonObject.class).stream()
                .map(g -> g.getJsonNumber("number"))
                .map(JsonNumber::intValue)
                .toList())
        .isSorted();
  }

  @ParameterizedTest
  @CsvSource({"bestaat-niet", "1999", "2013-05", "Techniekpact"})
  void anUnknownSlugOrYearIsA404Problem(String key) throws Exception {
    problem(get("api/v1/pacts/" + key), 404);
  }

  @Test
  void aBadLanguageIsA400Problem() throws Exception {
    JsonObject problem = problem(get("api/v1/pacts?lang=de"), 400);

    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("parameter"))
        .isEqualTo("lang");
  }
}
