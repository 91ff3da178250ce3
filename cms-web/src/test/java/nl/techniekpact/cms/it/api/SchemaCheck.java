package nl.techniekpact.cms.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * A light JSON Schema check against an OpenAPI 3.0 document, enough for the contract test: {@code
 * $ref} to components, {@code type} (object, array, string, integer, number, boolean), {@code
 * properties} (checked where present; absent members are fine unless {@code required}), {@code
 * items}, {@code nullable}, {@code enum}, {@code minimum}/{@code maximum} and {@code
 * minLength}/{@code maxLength}. Members the schema does not name are refused too, so an
 * undocumented field in a view fails the test.
 */
final class SchemaCheck {

  private final JsonObject document;

  SchemaCheck(JsonObject document) {
    this.document = document;
  }

  /** Follows {@code $ref}s to components until a plain object is reached. */
  static JsonObject resolve(JsonObject document, JsonObject maybeRef) {
    JsonObject current = maybeRef;
    for (int hops = 0; current.containsKey("$ref") && hops < 10; hops++) {
      String ref = current.getString("$ref");
      assertThat(ref).startsWith("#/components/");
      JsonObject target = document;
      for (String part : ref.substring(2).split("/")) {
        target = target.getJsonObject(part);
        assertThat(target).as("reference " + ref).isNotNull();
      }
      current = target;
    }
    return current;
  }

  void check(JsonObject schema, JsonValue value, String where) {
    JsonObject s = resolve(document, schema);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      assertThat(s.getBoolean("nullable", false)).as(where + " may be null").isTrue();
      return;
    }
    String type = s.getString("type", s.containsKey("properties") ? "object" : "");
    switch (type) {
      case "object" -> object(s, value, where);
      case "array" -> {
        assertThat(value.getValueType()).as(where).isEqualTo(JsonValue.ValueType.ARRAY);
        if (s.containsKey("items")) {
          int i = 0;
          for (JsonValue item : value.asJsonArray()) {
            check(s.getJsonObject("items"), item, where + "[" + i++ + "]");
          }
        }
      }
      case "string" -> {
        assertThat(value).as(where + " is a string").isInstanceOf(JsonString.class);
        int length = ((JsonString) value).getString().length();
        if (s.containsKey("minLength")) {
          assertThat(length).as(where).isGreaterThanOrEqualTo(s.getInt("minLength"));
        }
        if (s.containsKey("maxLength")) {
          assertThat(length).as(where).isLessThanOrEqualTo(s.getInt("maxLength"));
        }
        if (s.containsKey("enum")) {
          assertThat(s.getJsonArray("enum")).as(where).contains(value);
        }
      }
      case "integer" -> {
        assertThat(value).as(where + " is a number").isInstanceOf(JsonNumber.class);
        assertThat(((JsonNumber) value).isIntegral()).as(where + " is whole").isTrue();
        range(s, (JsonNumber) value, where);
      }
      case "number" -> {
        assertThat(value).as(where + " is a number").isInstanceOf(JsonNumber.class);
        range(s, (JsonNumber) value, where);
      }
      case "boolean" ->
          assertThat(value.getValueType())
              .as(where + " is a boolean")
              .isIn(JsonValue.ValueType.TRUE, JsonValue.ValueType.FALSE);
      default -> {
        // no type: anything goes
      }
    }
  }

  private void object(JsonObject s, JsonValue value, String where) {
    assertThat(value.getValueType())
        .as(where + " is an object")
        .isEqualTo(JsonValue.ValueType.OBJECT);
    JsonObject object = value.asJsonObject();
    JsonObject properties = s.getJsonObject("properties");
    if (s.containsKey("required")) {
      for (JsonValue required : s.getJsonArray("required")) {
        assertThat(object.keySet())
            .as(where + " has required " + required)
            .contains(((JsonString) required).getString());
      }
    }
    if (properties == null) {
      return;
    }
    for (Map.Entry<String, JsonValue> member : object.entrySet()) {
      assertThat(properties.keySet())
          .as(where + " documents member " + member.getKey())
          .contains(member.getKey());
      check(
          properties.getJsonObject(member.getKey()),
          member.getValue(),
          where + "." + member.getKey());
    }
  }

  private static void range(JsonObject s, JsonNumber number, String where) {
    if (s.containsKey("minimum")) {
      assertThat(number.doubleValue())
          .as(where)
          .isGreaterThanOrEqualTo(s.getJsonNumber("minimum").doubleValue());
    }
    if (s.containsKey("maximum")) {
      assertThat(number.doubleValue())
          .as(where)
          .isLessThanOrEqualTo(s.getJsonNumber("maximum").doubleValue());
    }
  }
}
