package nl.techniekpact.cms.cluster;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.techniekpact.cms.publishing.ContentChanged;
import nl.techniekpact.plugin.api.ContentEvent;

/**
 * A {@link ContentChanged} as the text sent between nodes: a small JSON object, so that no class of
 * the war travels through the data grid.
 */
final class ContentChangedMessage {

  private ContentChangedMessage() {}

  /** The event as a message. */
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
   * The event a message describes.
   *
   * @throws IllegalArgumentException when the message is not one {@link #encode} made
   */
  static ContentChanged decode(String message) {
    try (var reader = Json.createReader(new StringReader(message))) {
      JsonObject json = reader.readObject();
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
    } catch (JsonException
        | ClassCastException
        | NullPointerException
        | IllegalArgumentException
        | DateTimeException e) {
      throw new IllegalArgumentException("Not a content change message: " + message, e);
    }
  }
}
