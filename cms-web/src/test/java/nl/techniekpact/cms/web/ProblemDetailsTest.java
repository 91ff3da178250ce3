package nl.techniekpact.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemDetailsTest {

  @Test
  void jsonHasTheRfc9457Members() {
    JsonObject json =
        parse(new ProblemDetails("about:blank", "Not found", 404, "Gone", "/x", Map.of()).toJson());

    assertThat(json.getString("type")).isEqualTo("about:blank");
    assertThat(json.getString("title")).isEqualTo("Not found");
    assertThat(json.getInt("status")).isEqualTo(404);
    assertThat(json.getString("detail")).isEqualTo("Gone");
    assertThat(json.getString("instance")).isEqualTo("/x");
  }

  @Test
  void valuesAreEscapedNotInjected() {
    String hostile = "\"}, \"status\": 200, \"x\": \"<script>";
    JsonObject json =
        parse(new ProblemDetails("about:blank", "t", 400, hostile, hostile, Map.of()).toJson());

    assertThat(json.getInt("status")).isEqualTo(400);
    assertThat(json.getString("detail")).isEqualTo(hostile);
    assertThat(json).doesNotContainKey("x");
  }

  @Test
  void absentDetailAndInstanceAreLeftOut() {
    JsonObject json =
        parse(new ProblemDetails("about:blank", "t", 500, null, null, Map.of()).toJson());

    assertThat(json).doesNotContainKeys("detail", "instance");
  }

  private static JsonObject parse(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void structuredExtensionsBecomeJsonArraysAndObjects() {
    JsonObject json =
        parse(
            new ProblemDetails("about:blank", "t", 400, null, null, Map.of())
                .with(
                    "errors",
                    java.util.List.of(Map.of("parameter", "size", "value", "1000", "limit", 100L)))
                .toJson());

    JsonObject error = json.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("parameter")).isEqualTo("size");
    assertThat(error.getString("value")).isEqualTo("1000");
    assertThat(error.getJsonNumber("limit").longValue()).isEqualTo(100);
  }
}
