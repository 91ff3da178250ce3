package nl.techniekpact.cms.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem detail, the one error shape of every API response and of errors asked for as
 * JSON.
 *
 * @param type a URI naming the kind of problem, {@code about:blank} when the status says it all
 * @param title a short, human-readable summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong with this request, fit to show to the client
 * @param instance the path of the request that failed
 * @param extensions extra members, such as {@code errors} for validation: strings, numbers,
 *     booleans, and lists and maps of these
 */
public record ProblemDetails(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    Map<String, Object> extensions) {

  /** The media type of problem details. */
  public static final String MEDIA_TYPE = "application/problem+json";

  private static final String TYPE_PREFIX = "urn:techniekpact:problem:";

  static String typeUri(String slug) {
    return slug == null ? "about:blank" : TYPE_PREFIX + slug;
  }

  public ProblemDetails {
    extensions =
        extensions == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
  }

  /** A copy with one more extension member. */
  public ProblemDetails with(String name, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(extensions);
    more.put(name, value);
    return new ProblemDetails(type, title, status, detail, instance, more);
  }

  /** The JSON text, with every value escaped. */
  public String toJson() {
    JsonObjectBuilder json =
        Json.createObjectBuilder().add("type", type).add("title", title).add("status", status);
    if (detail != null) {
      json.add("detail", detail);
    }
    if (instance != null) {
      json.add("instance", instance);
    }
    extensions.forEach((name, value) -> json.add(name, toJson(value)));
    return json.build().toString();
  }

  private static JsonValue toJson(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof Boolean bool) {
      return bool ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Integer || value instanceof Long) {
      return Json.createValue(((Number) value).longValue());
    }
    if (value instanceof Collection<?> items) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      items.forEach(item -> array.add(toJson(item)));
      return array.build();
    }
    if (value instanceof Map<?, ?> members) {
      JsonObjectBuilder object = Json.createObjectBuilder();
      members.forEach((name, member) -> object.add(String.valueOf(name), toJson(member)));
      return object.build();
    }
    return Json.createValue(String.valueOf(value));
  }
}
