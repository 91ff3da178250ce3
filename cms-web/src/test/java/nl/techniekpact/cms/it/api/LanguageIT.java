package nl.techniekpact.cms.it.api;

import static nl.techniekpact.cms.it.api.ApiJson.object;
import static nl.techniekpact.cms.it.api.ApiJson.problem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.techniekpact.cms.it.DeployedCms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code lang} parameter of the read API: each text in one language (English where translated,
 * Dutch otherwise), {@code Content-Language}, items never left out, bad values refused. A case with
 * an English translation is added for the test (through the search fixture's write path) and
 * removed after.
 */
class LanguageIT extends DeployedCms {

  private static final String TRANSLATED = "language-it-vertaald";

  @BeforeAll
  static void addTranslatedCase() throws Exception {
    HttpResponse<String> response =
        send(
            request(
                    "api/v1/it-fixtures/search/cases/"
                        + TRANSLATED
                        + "?state=published&nl=Vertaalde+case&en=Translated+case")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  @AfterAll
  static void removeTranslatedCase() throws Exception {
    send(request("api/v1/it-fixtures/search/cases/" + TRANSLATED).DELETE().build());
  }

  @Test
  void englishGivesTheTranslationOnlyAndDutchTheDutchOnly() throws Exception {
    HttpResponse<String> english = get("api/v1/cases/" + TRANSLATED + "?lang=en");
    HttpResponse<String> dutch = get("api/v1/cases/" + TRANSLATED + "?lang=nl");
    JsonObject both = object(get("api/v1/cases/" + TRANSLATED));

    assertThat(object(english).getJsonObject("title"))
        .isEqualTo(Json.createObjectBuilder().add("en", "Translated case").build());
    assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
    assertThat(object(dutch).getJsonObject("title"))
        .isEqualTo(Json.createObjectBuilder().add("nl", "Vertaalde case").build());
    assertThat(dutch.headers().firstValue("Content-Language")).hasValue("nl");
    assertThat(both.getJsonObject("title").keySet()).containsExactlyInAnyOrder("nl", "en");
  }

  @Test
  void untranslatedTextsFallBackToDutchInEnglish() throws Exception {
    JsonArray goals = ApiJson.array(get("api/v1/goals?lang=en"));

    assertThat(goals).isNotEmpty();
    for (JsonObject goal : goals.getValuesAs(JsonObject.class)) {
      assertThat(goal.getJsonObject("title").keySet()).containsExactly("nl");
    }
  }

  @Test
  void aLanguageNeverLeavesItemsOut() throws Exception {
    JsonObject all = object(get("api/v1/cases?size=100"));
    JsonObject english = object(get("api/v1/cases?size=100&lang=en"));

    assertThat(english.getInt("total")).isEqualTo(all.getInt("total"));
    assertThat(english.getJsonArray("items")).hasSameSizeAs(all.getJsonArray("items"));
  }

  @ParameterizedTest
  @CsvSource({
    "goals",
    "goals/4",
    "regions",
    "regions/noord-nederland",
    "ambassadors",
    "ambassadors/doekle-terpstra",
    "cases",
    "cases/make-it-move",
    "organisations",
    "pacts",
    "pacts/techniekpact"
  })
  void everyReadEndpointTakesLangAndRefusesOtherLanguages(String path) throws Exception {
    HttpResponse<String> english = get("api/v1/" + path + "?lang=EN");
    assertThat(english.statusCode()).as(english.body()).isEqualTo(200);
    assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
    Json.createReader(new StringReader(english.body())).readValue();

    JsonObject problem = problem(get("api/v1/" + path + "?lang=fr"), 400);
    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("parameter")).isEqualTo("lang");
    assertThat(error.getString("value")).isEqualTo("fr");
    assertThat(error.getString("reason")).isEqualTo("unknown");
  }
}
