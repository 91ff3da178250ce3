package nl.techniekpact.cms.security.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.util.List;
import nl.techniekpact.cms.rest.openapi.ApiModelReader;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.cms.security.account.Account;
import nl.techniekpact.cms.security.account.AccountRepository;
import nl.techniekpact.cms.security.authentication.CmsAuthenticationMechanism;
import nl.techniekpact.cms.security.token.ApiToken;
import nl.techniekpact.cms.security.token.ApiTokens;
import nl.techniekpact.cms.web.InvalidParameter;
import nl.techniekpact.cms.web.InvalidParametersException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed-in caller at {@code /api/v1/me}, and their API tokens at {@code /api/v1/me/tokens}:
 * create one (shown once), list them, revoke one. Creating a token needs the password (HTTP Basic):
 * a token cannot make more tokens, so a leaked one is contained by revoking it.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
public class MeResource {

  @Inject private AccountRepository accounts;
  @Inject private ApiTokens tokens;

  @Context private SecurityContext security;
  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  /** The caller's username, display name, roles and regions. */
  @GET
  @Tag(name = "account")
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "getMe",
      summary = "Who am I",
      description = "The signed-in caller's username, display name, roles and regions.")
  @APIResponse(
      responseCode = "200",
      description = "The caller",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MeView.class),
              examples =
                  @ExampleObject(
                      name = "regional editor",
                      value =
                          "{\"username\":\"rita\",\"displayName\":\"Rita Regio\","
                              + "\"roles\":[\"regional-editor\"],\"regions\":[\"noord\"]}")))
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  public MeView me() {
    Account account = account();
    return new MeView(
        account.getUsername(),
        account.getDisplayName(),
        account.getRoles().stream().filter(security::isUserInRole).sorted().toList(),
        account.getRegions().stream().sorted().toList());
  }

  /** The caller's API tokens. */
  @GET
  @Path("tokens")
  @Tag(name = "account")
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "listTokens",
      summary = "List my API tokens",
      description = "Name, creation and last use of each; never the token itself.")
  @APIResponse(
      responseCode = "200",
      description = "The caller's tokens, oldest first",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = TokenView.class)))
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  public List<TokenView> tokens() {
    return tokens.of(username()).stream().map(TokenView::of).toList();
  }

  /** Creates an API token for the caller; the answer is the only time it is shown. */
  @POST
  @Path("tokens")
  @Consumes(MediaType.APPLICATION_JSON)
  @Tag(name = "account")
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @Operation(
      operationId = "createToken",
      summary = "Create an API token",
      description =
          "Creates a token that signs in as the caller, with the caller's roles and regions."
              + " The token is in this answer only; it is stored hashed. Needs the password"
              + " (HTTP Basic): a token cannot create tokens.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      requiredProperties = "name",
                      properties =
                          @org.eclipse.microprofile.openapi.annotations.media.SchemaProperty(
                              name = "name",
                              type = SchemaType.STRING,
                              minLength = 1,
                              maxLength = ApiToken.MAX_NAME_LENGTH)),
              examples = @ExampleObject(name = "token", value = "{\"name\":\"partner site\"}")))
  @APIResponse(
      responseCode = "201",
      description = "The new token; Location names it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = IssuedTokenView.class)))
  @APIResponse(responseCode = "400", ref = ApiModelReader.INVALID_PARAMETERS)
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  @APIResponse(responseCode = "415", ref = ApiModelReader.UNSUPPORTED_MEDIA_TYPE)
  public Response create(String body) {
    if (CmsAuthenticationMechanism.signedInWithToken(request)) {
      throw new ForbiddenException("A token cannot create tokens");
    }
    String name = tokenName(body);
    ApiTokens.Issued issued = tokens.issue(username(), name);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(Long.toString(issued.token().getId())).build())
        .entity(IssuedTokenView.of(issued))
        .build();
  }

  /** Revokes one of the caller's API tokens. */
  @DELETE
  @Path("tokens/{id: [0-9]{1,18}}")
  @Tag(name = "account")
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "revokeToken",
      summary = "Revoke an API token",
      description = "The token stops working at once.")
  @APIResponse(responseCode = "204", description = "Revoked")
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  public Response revoke(
      @Parameter(description = "The token's id", example = "7") @PathParam("id") long id) {
    if (!tokens.revoke(username(), id)) {
      throw new NotFoundException("No token " + id + " of this account");
    }
    return Response.noContent().build();
  }

  private static String tokenName(String body) {
    JsonValue name = null;
    if (body != null && !body.isBlank()) {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        JsonValue json = reader.readValue();
        if (json instanceof JsonObject object) {
          name = object.get("name");
        }
      } catch (JsonException malformed) {
        throw new BadRequestException("Malformed JSON", malformed);
      }
    }
    String text = name instanceof JsonString string ? string.getString() : null;
    if (!ApiToken.isValidName(text)) {
      throw new InvalidParametersException(
          List.of(
              InvalidParameter.textLength(
                  "name", text == null ? "" : text, 1, ApiToken.MAX_NAME_LENGTH)));
    }
    return text;
  }

  private String username() {
    return security.getUserPrincipal().getName();
  }

  private Account account() {
    return accounts.findByUsername(username()).orElseThrow(RoleCheck::signInRequired);
  }
}
