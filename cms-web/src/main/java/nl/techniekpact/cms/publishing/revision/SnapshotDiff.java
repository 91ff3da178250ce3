package nl.techniekpact.cms.publishing.revision;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compares two JSON snapshots field by field: nested objects (such as localised texts {@code
 * {"nl":…,"en":…}}) are compared per member ({@code title.nl}); arrays and other values as a whole.
 *
 * <pre>{@code
 * SnapshotDiff.compare("{\"title\":{\"nl\":\"A\"}}", "{\"title\":{\"nl\":\"B\"}}");
 * // [FieldChange[field=title.nl, before="A", after="B"]]
 * }</pre>
 */
public final class SnapshotDiff {

  private SnapshotDiff() {}

  /** The fields that differ, in alphabetical order of their paths. */
  public static List<FieldChange> compare(String older, String newer) {
    List<FieldChange> changes = new ArrayList<>();
    compare("", parse(older), parse(newer), changes);
    return changes;
  }

  private static void compare(
      String prefix, JsonObject older, JsonObject newer, List<FieldChange> changes) {
    TreeSet<String> names = new TreeSet<>(older.keySet());
    names.addAll(newer.keySet());
    for (String name : names) {
      JsonValue a = absentAsNull(older.get(name));
      JsonValue b = absentAsNull(newer.get(name));
      String path = prefix + name;
      if (a instanceof JsonObject objectA && b instanceof JsonObject objectB) {
        compare(path + ".", objectA, objectB, changes);
      } else if (!Objects.equals(a, b)) {
        changes.add(new FieldChange(path, text(a), text(b)));
      }
    }
  }

  private static JsonValue absentAsNull(JsonValue value) {
    return value == null ? JsonValue.NULL : value;
  }

  private static String text(JsonValue value) {
    return value == JsonValue.NULL ? null : value.toString();
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
