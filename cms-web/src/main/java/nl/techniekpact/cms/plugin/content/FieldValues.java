package nl.techniekpact.cms.plugin.content;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.techniekpact.cms.publishing.FieldErrors;
import nl.techniekpact.cms.publishing.RichText;
import nl.techniekpact.plugin.api.ContentItem;
import nl.techniekpact.plugin.api.ContentType;
import nl.techniekpact.plugin.api.FieldDefinition;
import nl.techniekpact.plugin.api.FieldType;

/**
 * The field values of a plugin's content item, checked against the plugin's {@link
 * FieldDefinition}s: required fields present, each value of its field's type and within its length,
 * regions and goals existing, rich text sanitized, no fields the type does not have. Every refused
 * field is named as {@code fields.<key>}.
 *
 * <p>Values as editors send them (JSON): texts as {@code {"nl": "…", "en": "…"}} (or a plain string
 * for Dutch only), numbers and goals as whole numbers, dates as {@code 2026-12-01}, yes/no as
 * {@code true}/{@code false}, URLs as absolute http(s) links, regions as slugs. Stored as one JSON
 * object in the same shape.
 *
 * <pre>{@code
 * FieldErrors errors = new FieldErrors();
 * FieldValues.Checked checked = FieldValues.check(type, input, references, errors);
 * errors.throwIfAny();
 * item.fill(checked);
 * }</pre>
 */
public final class FieldValues {

  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,18}");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** What the values may refer to. */
  public interface References {
    /** Whether a (not deleted) region has this slug. */
    boolean regionExists(String slug);

    /** Whether the current pact has a goal with this number. */
    boolean goalExists(int number);
  }

  /**
   * Checked values.
   *
   * @param json the JSON object to store
   * @param region the slug of the first region field's value, or {@code null}
   */
  public record Checked(String json, String region) {}

  private FieldValues() {}

  /**
   * The field an item's title comes from, wherever the CMS names an item (search results, the
   * type's list, the overview): the text field {@code title}, else the type's first text field;
   * none when the type has no text field (the slug names the item then).
   */
  public static Optional<FieldDefinition> titleField(ContentType type) {
    return type.fields().stream()
        .filter(field -> field.type() == FieldType.TEXT && field.key().equals("title"))
        .findFirst()
        .or(() -> type.fields().stream().filter(f -> f.type() == FieldType.TEXT).findFirst());
  }

  /** An item's title from its stored values ({@link #titleField}), if it has one. */
  public static Optional<ContentItem.Text> title(ContentType type, String json) {
    return titleField(type)
        .map(field -> typed(type, json).get(field.key()))
        .filter(ContentItem.Text.class::isInstance)
        .map(ContentItem.Text.class::cast);
  }

  /** The input with the HTML of its rich-text fields sanitized ({@link RichText}). */
  public static Map<String, Object> sanitized(ContentType type, Map<String, Object> fields) {
    if (fields == null) {
      return null;
    }
    Map<String, Object> clean = new LinkedHashMap<>(fields);
    for (FieldDefinition field : type.fields()) {
      if (field.type() != FieldType.RICH_TEXT) {
        continue;
      }
      Object value = clean.get(field.key());
      if (value instanceof String html) {
        clean.put(field.key(), RichText.sanitize(html));
      } else if (value instanceof Map<?, ?> texts) {
        Map<Object, Object> sanitized = new LinkedHashMap<>();
        texts.forEach(
            (language, html) ->
                sanitized.put(
                    language, html instanceof String string ? RichText.sanitize(string) : html));
        clean.put(field.key(), sanitized);
      }
    }
    return clean;
  }

  /**
   * Checks an input against a type.
   *
   * @param type the plugin's content type
   * @param fields the values by field key (may be {@code null}: then required fields are missing)
   * @param references what regions and goals exist
   * @param errors where refused fields are added
   * @return the values to store; meaningful only when no error was added
   */
  public static Checked check(
      ContentType type, Map<String, Object> fields, References references, FieldErrors errors) {
    Map<String, Object> input = fields == null ? Map.of() : fields;
    for (String key : input.keySet()) {
      if (type.field(key).isEmpty()) {
        errors.add("fields." + key, "is not a field of " + type.key());
      }
    }
    JsonObjectBuilder stored = Json.createObjectBuilder();
    String region = null;
    for (FieldDefinition field : type.fields()) {
      String name = "fields." + field.key();
      Object value = input.get(field.key());
      if (isEmpty(value)) {
        if (field.required()) {
          errors.refuse(name, "required");
        }
        continue;
      }
      JsonValue checked = checkOne(field, value, references, name, errors);
      if (checked != null) {
        stored.add(field.key(), checked);
        if (field.type() == FieldType.REGION && region == null) {
          region = ((JsonString) checked).getString();
        }
      }
    }
    return new Checked(stored.build().toString(), region);
  }

  private static JsonValue checkOne(
      FieldDefinition field, Object value, References references, String name, FieldErrors errors) {
    return switch (field.type()) {
      case TEXT, RICH_TEXT -> text(field, value, name, errors);
      case NUMBER -> {
        Long number = wholeNumber(value);
        if (number == null) {
          errors.refuse(name, "field.wholeNumber");
          yield null;
        }
        yield Json.createValue(number);
      }
      case DATE -> {
        String text = value instanceof LocalDate date ? date.toString() : String.valueOf(value);
        try {
          yield Json.createValue(LocalDate.parse(text.strip()).toString());
        } catch (DateTimeParseException malformed) {
          errors.refuse(name, "field.date");
          yield null;
        }
      }
      case BOOLEAN -> {
        if (value instanceof Boolean flag) {
          yield flag ? JsonValue.TRUE : JsonValue.FALSE;
        }
        errors.refuse(name, "field.boolean");
        yield null;
      }
      case URL -> url(field, value, name, errors);
      case REGION -> {
        String slug = value instanceof String text ? text.strip() : null;
        if (slug == null || !SLUG.matcher(slug).matches() || !references.regionExists(slug)) {
          errors.refuse(name, "region.unknown", value);
          yield null;
        }
        yield Json.createValue(slug);
      }
      case GOAL -> {
        Long number = wholeNumber(value);
        if (number == null
            || number < 1
            || number > 9999
            || !references.goalExists(number.intValue())) {
          errors.refuse(name, "goal.unknownInPact", value);
          yield null;
        }
        yield Json.createValue(number.intValue());
      }
    };
  }

  private static JsonValue text(
      FieldDefinition field, Object value, String name, FieldErrors errors) {
    String nl;
    String en = null;
    if (value instanceof String string) {
      nl = string;
    } else if (value instanceof Map<?, ?> texts) {
      for (Object language : texts.keySet()) {
        if (!Set.of("nl", "en").contains(language)) {
          errors.add(name, "has a text in an unknown language " + language + " (nl or en)");
          return null;
        }
      }
      Object dutch = texts.get("nl");
      Object english = texts.get("en");
      if ((dutch != null && !(dutch instanceof String))
          || (english != null && !(english instanceof String))) {
        errors.refuse(name, "field.text");
        return null;
      }
      nl = (String) dutch;
      en = (String) english;
    } else {
      errors.add(name, "must be a text, or {\"nl\": …, \"en\": …}");
      return null;
    }
    if (nl == null || nl.isBlank()) {
      if (field.required() || (en != null && !en.isBlank())) {
        errors.refuse(name, "field.dutchText");
      }
      return null;
    }
    int max = field.effectiveMaxLength();
    JsonObjectBuilder text = Json.createObjectBuilder();
    boolean fits = fits(nl.strip(), max, name + ".nl", errors);
    text.add("nl", nl.strip());
    if (en != null && !en.isBlank()) {
      fits &= fits(en.strip(), max, name + ".en", errors);
      text.add("en", en.strip());
    }
    return fits ? text.build() : null;
  }

  private static boolean fits(String text, int max, String name, FieldErrors errors) {
    if (text.length() > max) {
      errors.refuse(name, "field.tooLong", max, text.length());
      return false;
    }
    return true;
  }

  private static JsonValue url(
      FieldDefinition field, Object value, String name, FieldErrors errors) {
    String text = value instanceof String string ? string.strip() : null;
    if (text == null) {
      errors.refuse(name, "field.link");
      return null;
    }
    if (!fits(text, field.effectiveMaxLength(), name, errors)) {
      return null;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null) {
        errors.refuse(name, "field.absoluteLink");
        return null;
      }
    } catch (URISyntaxException malformed) {
      errors.refuse(name, "field.absoluteLink");
      return null;
    }
    return Json.createValue(text);
  }

  private static Long wholeNumber(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigDecimal decimal) {
      try {
        return decimal.longValueExact();
      } catch (ArithmeticException notWhole) {
        return null;
      }
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      return number == Math.rint(number) && Math.abs(number) < 1e15 ? (long) number : null;
    }
    if (value instanceof String text && WHOLE_NUMBER.matcher(text.strip()).matches()) {
      return Long.parseLong(text.strip());
    }
    return null;
  }

  private static boolean isEmpty(Object value) {
    if (value == null) {
      return true;
    }
    if (value instanceof String text) {
      return text.isBlank();
    }
    if (value instanceof Map<?, ?> texts) {
      return texts.values().stream().allMatch(text -> text == null || text.toString().isBlank());
    }
    return false;
  }

  /**
   * Stored values as an editor edits them (the input shape): texts as {@code {nl, en}} maps,
   * numbers as {@link Long}, the rest as strings and booleans.
   */
  public static Map<String, Object> editable(String json) {
    Map<String, Object> values = new LinkedHashMap<>();
    parse(json).forEach((key, value) -> values.put(key, plain(value)));
    return values;
  }

  /**
   * Stored values as a plugin reads them ({@link ContentItem}): one Java type per field type;
   * values of fields the type no longer has, or that no longer fit their field's type, are left
   * out.
   */
  public static Map<String, Object> typed(ContentType type, String json) {
    JsonObject stored = parse(json);
    Map<String, Object> values = new LinkedHashMap<>();
    for (FieldDefinition field : type.fields()) {
      JsonValue value = stored.get(field.key());
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        continue;
      }
      try {
        Object typed =
            switch (field.type()) {
              case TEXT, RICH_TEXT -> {
                JsonObject text = value.asJsonObject();
                yield new ContentItem.Text(
                    text.getString("nl"), text.containsKey("en") ? text.getString("en") : null);
              }
              case NUMBER -> ((JsonNumber) value).longValueExact();
              case GOAL -> ((JsonNumber) value).intValueExact();
              case DATE -> LocalDate.parse(((JsonString) value).getString());
              case BOOLEAN -> value == JsonValue.TRUE;
              case URL, REGION -> ((JsonString) value).getString();
            };
        values.put(field.key(), typed);
      } catch (RuntimeException changedType) {
        // the plugin changed the field's type in a later version: the old value is not offered
      }
    }
    return values;
  }

  private static Object plain(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> {
        JsonNumber number = (JsonNumber) value;
        yield number.isIntegral() ? (Object) number.longValue() : number.bigDecimalValue();
      }
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        value.asJsonObject().forEach((key, inner) -> map.put(key, plain(inner)));
        yield map;
      }
      default -> null;
    };
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
