package nl.techniekpact.cms.publishing.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;

/**
 * Reads the JSON body of a write into its record, in one place: an empty or malformed body, or a
 * value of the wrong JSON type, is 400 with a problem detail; what is well-formed but invalid is
 * left to the services' validation (422).
 */
public final class JsonBodies {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private JsonBodies() {}

  /**
   * The body as a record.
   *
   * @throws BadRequestException when the body is empty or not JSON of that shape
   */
  public static <T> T read(String body, Class<T> type) {
    if (body == null || body.isBlank()) {
      throw new BadRequestException("A JSON body is required");
    }
    try {
      T value = JSONB.fromJson(body, type);
      if (value == null) {
        throw new BadRequestException("A JSON object is required");
      }
      return value;
    } catch (JsonbException malformed) {
      throw new BadRequestException("Malformed JSON: " + malformed.getMessage(), malformed);
    }
  }
}
