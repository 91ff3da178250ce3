package nl.techniekpact.cms.cluster;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.techniekpact.cms.plugin.settings.PluginSettingChanged;
import nl.techniekpact.cms.publishing.ContentChanged;
import nl.techniekpact.plugin.api.ContentEvent;

/**
 * The changes {@link ChangeRelay} sends between nodes, as text: small JSON objects, so that no
 * class of the war travels through the data grid.
 */
final class ChangeMessages {

  private ChangeMessages() {}

  /** A content change as a message. */
  static String encode(ContentChanged change) {
    JsonArrayBuilder regions = Json.createArrayBuilder();
    change.regions().stream().sorted().forEach(regions::add);
    return Json.createObjectBuilder()
        .add("type", change.contentType())
        .add("slug", change.slug())
        .add("kind", change.kind().name())
        .add("regions", regions)
        .add("at", change.at().toString())
        .build()
        .toString();
  }

  /**
   * The content change a message describes.
   *
   * @throws IllegalArgumentException when the message is not one {@link #encode(ContentChanged)}
   *     made
   */
  static ContentChanged decodeContent(String message) {
    JsonObject json = read(message, "content change");
    try {
      Set<String> regions = new LinkedHashSet<>();
      for (JsonString region : json.getJsonArray("regions").getValuesAs(JsonString.class)) {
        regions.add(region.getString());
      }
      return new ContentChanged(
          json.getString("type"),
          json.getString("slug"),
          ContentEvent.Kind.valueOf(json.getString("kind")),
          regions,
          Instant.parse(json.getString("at")));
    } catch (RuntimeException e) {
      throw refused("content change", message, e);
    }
  }

  /** A plugin setting change as a message. */
  static String encode(PluginSettingChanged change) {
    return Json.createObjectBuilder()
        .add("plugin", change.pluginId())
        .add("key", change.key())
        .build()
        .toString();
  }

  /**
   * The plugin setting change a message describes.
   *
   * @throws IllegalArgumentException when the message is not one {@link
   *     #encode(PluginSettingChanged)} made
   */
  static PluginSettingChanged decodeSetting(String message) {
    JsonObject json = read(message, "plugin setting change");
    try {
      return new PluginSettingChanged(json.getString("plugin"), json.getString("key"));
    } catch (RuntimeException e) {
      throw refused("plugin setting change", message, e);
    }
  }

  private static JsonObject read(String message, String what) {
    try (var reader = Json.createReader(new StringReader(message))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw refused(what, message, e);
    }
  }

  private static IllegalArgumentException refused(String what, String message, Exception cause) {
    return new IllegalArgumentException("Not a " + what + " message: " + message, cause);
  }
}
