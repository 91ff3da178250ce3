package nl.techniekpact.cms.publishing.revision;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import nl.techniekpact.model.shared.AuditedEntity;
import nl.techniekpact.model.shared.PublicationState;
import nl.techniekpact.model.shared.PublishableEntity;

/**
 * The one shape of a revision's JSON snapshot: {@code content} (the editable fields, as the type's
 * input), and for publishable content {@code publication} ({@code status}, {@code at}, {@code
 * until}) and {@code deleted}. Written by the editor's saves and the publication timer alike.
 */
public final class Snapshots {

  private Snapshots() {}

  /**
   * The snapshot of an item.
   *
   * @param content the item's editable fields
   * @param item the item, whose publication state and deletion are added when it has them
   */
  public static String of(JsonObject content, AuditedEntity item) {
    JsonObjectBuilder snapshot = Json.createObjectBuilder().add("content", content);
    if (item instanceof PublishableEntity publishable) {
      PublicationState publication = publishable.getPublication();
      JsonObjectBuilder state =
          Json.createObjectBuilder().add("status", publication.getStatus().name());
      publication.getAt().ifPresent(at -> state.add("at", at.toString()));
      publication.getUntil().ifPresent(until -> state.add("until", until.toString()));
      snapshot.add("publication", state).add("deleted", publishable.isDeleted());
    }
    return snapshot.build().toString();
  }

  /** The editable fields a snapshot holds (an empty object when it holds none). */
  public static JsonObject content(String snapshot) {
    JsonObject content = parse(snapshot).getJsonObject("content");
    return content == null ? JsonObject.EMPTY_JSON_OBJECT : content;
  }

  /** Reads a JSON object. */
  public static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
