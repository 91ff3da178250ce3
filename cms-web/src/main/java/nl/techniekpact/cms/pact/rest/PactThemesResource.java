package nl.techniekpact.cms.pact.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.OptionalInt;
import nl.techniekpact.cms.pact.editing.PactEditing;
import nl.techniekpact.cms.pact.editing.ThemeInput;
import nl.techniekpact.cms.publishing.EditedItem;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.rest.ApiEditors;
import nl.techniekpact.cms.publishing.rest.JsonBodies;
import nl.techniekpact.cms.publishing.rest.RevisionView;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.rest.ParameterCheck;
import nl.techniekpact.cms.rest.Preconditions;
import nl.techniekpact.cms.rest.openapi.ApiModelReader;
import nl.techniekpact.cms.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Editing the themes of a pact edition at {@code /api/v1/pacts/{pact}/themes} (through {@link
 * PactEditing}, the rules of the back office): create, change, remove, revisions and their restore,
 * for administrators and national editors. A change names the version it was made on with {@code
 * If-Match}; a number already taken in the edition is a 422 on {@code number}.
 *
 * <pre>
 * POST /api/v1/pacts/techniekpact/themes                    → 201, Location, ETag: "v1"
 * PUT  /api/v1/pacts/techniekpact/themes/4   If-Match: "v1"   → ETag: "v2"
 * </pre>
 */
@Path("pacts/{pact}/themes")
@Tag(name = "pacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PactThemesResource {

  static final String INPUT_EXAMPLE =
      "{\"number\":5,\"title\":{\"nl\":\"Leven lang ontwikkelen\",\"en\":\"Lifelong"
          + " learning\"},\"description\":{\"nl\":\"Werkenden blijven bij in de techniek.\"}}";

  private static final String EDITORS_ONLY =
      " Needs the role administrator or national-editor; regional editors do not edit the pact.";

  private static final String IF_MATCH =
      "The ETag of the version the change was made on, such as \"v3\"";

  private static final String PACT = "The slug of the pact edition, such as techniekpact";

  private static final String NUMBER = "{number: [1-9][0-9]{0,8}}";

  @Inject private PactEditing editing;
  @Inject private Editors editors;

  @Context private UriInfo uriInfo;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;

  /** One theme as an editor sees it, with its version. */
  @GET
  @Path(NUMBER + "/editable")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "getEditableTheme",
      summary = "Get a theme for editing",
      description =
          "The theme with its version; the ETag is what If-Match names in a change." + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The theme and its version",
      headers = @Header(name = "ETag", description = "The version, such as \"v3\""),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ThemeEditView.class)))
  public Response editable(
      @Parameter(description = PACT) @PathParam("pact") String pact,
      @PathParam("number") int number) {
    return answer(editing.themes().read(editor(), PactEditing.name(pact, number)));
  }

  /** Creates a theme in the edition. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "createTheme",
      summary = "Create a theme",
      description =
          "Adds a theme to the edition the address names; it is public at once. Its number is"
              + " unique in the edition and fixed once created; texts are plain (nl required)."
              + EDITORS_ONLY)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ThemeInput.class),
              examples = @ExampleObject(name = "theme", value = INPUT_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "The new theme; Location names it, ETag its version",
      headers = {
        @Header(name = "Location", description = "/api/v1/pacts/{pact}/themes/{number}"),
        @Header(name = "ETag", description = "The version, \"v1\"")
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ThemeEditView.class)))
  public Response create(
      @Parameter(description = PACT) @PathParam("pact") String pact, String body) {
    EditedItem<ThemeInput> created =
        editing.themes().create(editor(), JsonBodies.read(body, ThemeInput.class).inPact(pact));
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(created.content().number().toString()).build())
        .entity(ThemeEditView.of(created))
        .tag(Preconditions.tag(created.version()))
        .build();
  }

  /** Changes a theme. */
  @PUT
  @Path(NUMBER)
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "updateTheme",
      summary = "Change a theme",
      description =
          "Replaces the theme's fields (its number stays; absent optional fields are cleared)."
              + " Requires If-Match with the version the change was made on."
              + EDITORS_ONLY)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ThemeInput.class),
              examples = @ExampleObject(name = "theme", value = INPUT_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "The changed theme; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ThemeEditView.class)))
  public Response update(
      @Parameter(description = PACT) @PathParam("pact") String pact,
      @PathParam("number") int number,
      @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
      String body) {
    long version = Preconditions.requiredVersion(headers);
    ThemeInput input = JsonBodies.read(body, ThemeInput.class).inPact(pact);
    return answer(
        Preconditions.guard(
            () ->
                editing.themes().update(editor(), PactEditing.name(pact, number), version, input)));
  }

  /** Removes a theme nothing refers to. */
  @DELETE
  @Path(NUMBER)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "deleteTheme",
      summary = "Remove a theme",
      description =
          "Removes the theme for good (its revisions and audit entries stay). Refused with 409"
              + " while goals grouped under it refer to it: the problem's usedBy lists them. Requires If-Match."
              + EDITORS_ONLY)
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "409", ref = ApiModelReader.CONTENT_IN_USE)
  public Response delete(
      @Parameter(description = PACT) @PathParam("pact") String pact,
      @PathParam("number") int number,
      @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
    long version = Preconditions.requiredVersion(headers);
    Preconditions.guard(
        () -> {
          editing.themes().remove(editor(), PactEditing.name(pact, number), version);
          return number;
        });
    return Response.noContent().build();
  }

  /** The revisions of a theme. */
  @GET
  @Path(NUMBER + "/revisions")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "listThemeRevisions",
      summary = "List a theme's revisions",
      description = "Every save of the theme, newest first." + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The revisions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = RevisionView.class)))
  public List<RevisionView> revisions(
      @Parameter(description = PACT) @PathParam("pact") String pact,
      @PathParam("number") int number) {
    return editing.themes().revisions(editor(), PactEditing.name(pact, number)).stream()
        .map(RevisionView::of)
        .toList();
  }

  /** The fields of a theme in one revision. */
  @GET
  @Path(NUMBER + "/revisions/{revision: [0-9]{1,18}}")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "getThemeRevision",
      summary = "Get a theme's revision",
      description = "The theme's fields as that save left them." + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The fields",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ThemeInput.class)))
  public ThemeInput revision(
      @Parameter(description = PACT) @PathParam("pact") String pact,
      @PathParam("number") int number,
      @PathParam("revision") long revision) {
    return editing.themes().revision(editor(), PactEditing.name(pact, number), revision);
  }

  /** What changed between two revisions. */
  @GET
  @Path(NUMBER + "/revisions/{revision: [0-9]{1,18}}/changes")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "compareThemeRevisions",
      summary = "Compare two revisions of a theme",
      description =
          "The fields that differ between revision {revision} and an older one (parameter"
              + " since), with both values as JSON text."
              + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The changed fields",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = FieldChange.class)))
  public List<FieldChange> changes(
      @Parameter(description = PACT) @PathParam("pact") String pact,
      @PathParam("number") int number,
      @PathParam("revision") long revision,
      @Parameter(description = "The older revision's number (default 1)", example = "1")
          @QueryParam("since")
          String since) {
    ParameterCheck check = new ParameterCheck();
    OptionalInt older = check.optionalInteger("since", since == null ? "" : since, 1, 999_999_999);
    check.done();
    return editing
        .themes()
        .compare(editor(), PactEditing.name(pact, number), older.orElse(1), revision);
  }

  /** Restores the fields of a revision as a new save. */
  @POST
  @Path(NUMBER + "/revisions/{revision: [0-9]{1,18}}/restore")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "restoreThemeRevision",
      summary = "Restore a revision of a theme",
      description =
          "Saves the revision's fields as a new revision. Requires If-Match." + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The theme with the restored fields; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ThemeEditView.class)))
  public Response restoreRevision(
      @Parameter(description = PACT) @PathParam("pact") String pact,
      @PathParam("number") int number,
      @PathParam("revision") long revision,
      @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
    long version = Preconditions.requiredVersion(headers);
    return answer(
        Preconditions.guard(
            () ->
                editing
                    .themes()
                    .restoreRevision(editor(), PactEditing.name(pact, number), revision, version)));
  }

  private Editor editor() {
    return ApiEditors.caller(editors, security);
  }

  private static Response answer(EditedItem<ThemeInput> item) {
    return Response.ok(ThemeEditView.of(item)).tag(Preconditions.tag(item.version())).build();
  }
}
