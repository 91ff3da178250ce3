package nl.techniekpact.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import nl.techniekpact.model.catalogue.Catalogue;
import nl.techniekpact.model.catalogue.GoalEntry;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/goals} reads the goals from the database. */
class GoalsResourceIT extends DeployedCms {

  private static final java.util.List<GoalEntry> SEED_GOALS =
      Catalogue.seed().pacts().get(0).goals();

  @Test
  void listsTheGoalsOfTheCurrentPactInOrder() throws Exception {
    HttpResponse<String> response = get("api/v1/goals");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonArray goals = Json.createReader(new StringReader(response.body())).readArray();
    assertThat(goals).hasSameSizeAs(SEED_GOALS);
    for (int i = 0; i < SEED_GOALS.size(); i++) {
      JsonObject goal = goals.getJsonObject(i);
      assertThat(goal.getInt("number")).isEqualTo(SEED_GOALS.get(i).number());
      assertThat(goal.getJsonObject("title").getString("nl"))
          .isEqualTo(SEED_GOALS.get(i).title().getNl());
    }
  }

  @Test
  void returnsOneGoalByNumber() throws Exception {
    HttpResponse<String> response = get("api/v1/goals/10");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject goal = Json.createReader(new StringReader(response.body())).readObject();
    assertThat(goal.getInt("number")).isEqualTo(10);
    assertThat(goal.getJsonObject("title").getString("nl"))
        .isEqualTo(SEED_GOALS.get(9).title().getNl());
    assertThat(goal.getJsonArray("educationLevels")).isNotEmpty();
  }

  @Test
  void unknownGoalNumberIsA404Problem() throws Exception {
    HttpResponse<String> response = get("api/v1/goals/99");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
    assertThat(problem.getInt("status")).isEqualTo(404);
    assertThat(problem.getString("instance")).isEqualTo("/api/v1/goals/99");
  }

  @Test
  void nonNumericGoalIsA404ProblemNotAServerError() throws Exception {
    HttpResponse<String> response = get("api/v1/goals/drie");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("\"status\":404");
  }

  @Test
  void unsupportedMediaTypeIsA406Problem() throws Exception {
    HttpResponse<String> response =
        send(request("api/v1/goals").header("Accept", "application/xml").build());

    assertThat(response.statusCode()).isEqualTo(406);
    assertThat(response.body()).contains("\"status\":406");
  }
}
