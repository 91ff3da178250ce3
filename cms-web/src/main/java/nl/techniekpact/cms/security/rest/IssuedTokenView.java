package nl.techniekpact.cms.security.rest;

import nl.techniekpact.cms.rest.Iso;
import nl.techniekpact.cms.security.token.ApiTokens;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new API token as {@code POST /api/v1/me/tokens} answers it: the only time its secret is shown.
 *
 * @param id the id, as in {@code DELETE /api/v1/me/tokens/{id}}
 * @param name the name its owner gave it
 * @param created when it was created
 * @param token the token, for {@code Authorization: Bearer <token>}; not retrievable later
 */
public record IssuedTokenView(
    @Schema(required = true, example = "7") long id,
    @Schema(required = true, example = "partner site") String name,
    @Schema(required = true, format = "date-time", example = "2026-11-28T07:30:00Z") String created,
    @Schema(required = true, example = "tpk_3q2-7wQ5oZ1lY8K0m9XvTn4bRk6JcVhPzA1sDfGhJkL")
        String token) {

  /** The view of a token just issued. */
  public static IssuedTokenView of(ApiTokens.Issued issued) {
    return new IssuedTokenView(
        issued.token().getId(),
        issued.token().getName(),
        Iso.instant(issued.token().getCreatedAt()),
        issued.secret());
  }
}
