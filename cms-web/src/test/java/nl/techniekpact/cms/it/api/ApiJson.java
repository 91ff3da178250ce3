package nl.techniekpact.cms.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

/** Reading the API's JSON in the tests. */
final class ApiJson {

  private ApiJson() {}

  /** The body of a 200 JSON response as an object. */
  static JsonObject object(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  /** The body of a 200 JSON response as an array. */
  static JsonArray array(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  /** The body of a problem+json response with the given status. */
  static JsonObject problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
    assertThat(problem.getInt("status")).isEqualTo(status);
    return problem;
  }

  /** A string member of each object of an array. */
  static List<String> strings(JsonArray array, String member) {
    return array.getValuesAs(JsonObject.class).stream().map(o -> o.getString(member)).toList();
  }

  /** The strings of an array. */
  static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
