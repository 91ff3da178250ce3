package nl.techniekpact.cms.security.rest;

import nl.techniekpact.cms.rest.Iso;
import nl.techniekpact.cms.security.token.ApiToken;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An API token as {@code GET /api/v1/me/tokens} lists it: never its secret.
 *
 * @param id the id, as in {@code DELETE /api/v1/me/tokens/{id}}
 * @param name the name its owner gave it
 * @param created when it was created
 * @param lastUsed when it was last used, to the minute; absent when never
 */
public record TokenView(
    @Schema(required = true, example = "7") long id,
    @Schema(required = true, example = "partner site") String name,
    @Schema(required = true, format = "date-time", example = "2026-11-28T07:30:00Z") String created,
    @Schema(format = "date-time", example = "2026-11-28T07:30:00Z") String lastUsed) {

  /** The view of a token. */
  public static TokenView of(ApiToken token) {
    return new TokenView(
        token.getId(),
        token.getName(),
        Iso.instant(token.getCreatedAt()),
        Iso.instant(token.getLastUsedAt()));
  }
}
