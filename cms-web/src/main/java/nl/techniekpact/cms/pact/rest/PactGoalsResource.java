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
import nl.techniekpact.cms.pact.editing.GoalInput;
import nl.techniekpact.cms.pact.editing.PactEditing;
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
 * Editing the goals of a pact edition at {@code /api/v1/pacts/{pact}/goals} (through {@link
 * PactEditing}, the rules of the back office): create, change, remove, revisions and their restore,
 * for administrators and national editors. A change names the version it was made on with {@code
 * If-Match}; a number already taken in the edition is a 422 on {@code number}.
 *
 * <pre>
 * POST /api/v1/pacts/techniekpact/goals                    → 201, Location, ETag: "v1"
 * PUT  /api/v1/pacts/techniekpact/goals/4   If-Match: "v1"   → ETag: "v2"
 * </pre>
 */
@Path("pacts/{pact}/goals")
@Tag(name = "pacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PactGoalsResource {

  static final String INPUT_EXAMPLE =
      "{\"number\":13,\"title\":{\"nl\":\"Meer vrouwen in technische beroepen\","
          + "\"en\":\"More women in technical jobs\"},\"description\":{\"nl\":\"Het aandeel"
          + " vrouwen in technische opleidingen en beroepen groeit.\"},\"theme\":2,"
          + "\"educationLevels\":[\"MBO\",\"HBO_WO\"]}";

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

  /** One goal as an editor sees it, with its version. */
  @GET
  @Path(NUMBER + "/editable")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "getEditableGoal",
      summary = "Get a goal for editing",
      description =
          "The goal with its version; the ETag is what If-Match names in a change." + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The goal and its version",
      headers = @Header(name = "ETag", description = "The version, such as \"v3\""),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GoalEditView.class)))
  public Response editable(
      @Parameter(description = PACT) @PathParam("pact") String pact,
      @PathParam("number") int number) {
    return answer(editing.goals().read(editor(), PactEditing.name(pact, number)));
  }

  /** Creates a goal in the edition. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "createGoal",
      summary = "Create a goal",
      description =
          "Adds a goal to the edition the address names; it is public at once. Its number is"
              + " unique in the edition and fixed once created; texts are plain (nl required)."
              + EDITORS_ONLY)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GoalInput.class),
              examples = @ExampleObject(name = "goal", value = INPUT_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "The new goal; Location names it, ETag its version",
      headers = {
        @Header(name = "Location", description = "/api/v1/pacts/{pact}/goals/{number}"),
        @Header(name = "ETag", description = "The version, \"v1\"")
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GoalEditView.class)))
  public Response create(
      @Parameter(description = PACT) @PathParam("pact") String pact, String body) {
    EditedItem<GoalInput> created =
        editing.goals().create(editor(), JsonBodies.read(body, GoalInput.class).inPact(pact));
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(created.content().number().toString()).build())
        .entity(GoalEditView.of(created))
        .tag(Preconditions.tag(created.version()))
        .build();
  }

  /** Changes a goal. */
  @PUT
  @Path(NUMBER)
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "updateGoal",
      summary = "Change a goal",
      description =
          "Replaces the goal's fields (its number stays; absent optional fields are cleared)."
              + " Requires If-Match with the version the change was made on."
              + EDITORS_ONLY)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GoalInput.class),
              examples = @ExampleObject(name = "goal", value = INPUT_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "The changed goal; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GoalEditView.class)))
  public Response update(
      @Parameter(description = PACT) @PathParam("pact") String pact,
      @PathParam("number") int number,
      @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
      String body) {
    long version = Preconditions.requiredVersion(headers);
    GoalInput input = JsonBodies.read(body, GoalInput.class).inPact(pact);
    return answer(
        Preconditions.guard(
            () ->
                editing.goals().update(editor(), PactEditing.name(pact, number), version, input)));
  }

  /** Removes a goal nothing refers to. */
  @DELETE
  @Path(NUMBER)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "deleteGoal",
      summary = "Remove a goal",
      description =
          "Removes the goal for good (its revisions and audit entries stay). Refused with 409"
              + " while cases or ambassadors refer to it: the problem's usedBy lists them. Requires If-Match."
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
          editing.goals().remove(editor(), PactEditing.name(pact, number), version);
          return number;
        });
    return Response.noContent().build();
  }

  /** The revisions of a goal. */
  @GET
  @Path(NUMBER + "/revisions")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "listGoalRevisions",
      summary = "List a goal's revisions",
      description = "Every save of the goal, newest first." + EDITORS_ONLY)
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
    return editing.goals().revisions(editor(), PactEditing.name(pact, number)).stream()
        .map(RevisionView::of)
        .toList();
  }

  /** The fields of a goal in one revision. */
  @GET
  @Path(NUMBER + "/revisions/{revision: [0-9]{1,18}}")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "getGoalRevision",
      summary = "Get a goal's revision",
      description = "The goal's fields as that save left them." + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The fields",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GoalInput.class)))
  public GoalInput revision(
      @Parameter(description = PACT) @PathParam("pact") String pact,
      @PathParam("number") int number,
      @PathParam("revision") long revision) {
    return editing.goals().revision(editor(), PactEditing.name(pact, number), revision);
  }

  /** What changed between two revisions. */
  @GET
  @Path(NUMBER + "/revisions/{revision: [0-9]{1,18}}/changes")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "compareGoalRevisions",
      summary = "Compare two revisions of a goal",
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
        .goals()
        .compare(editor(), PactEditing.name(pact, number), older.orElse(1), revision);
  }

  /** Restores the fields of a revision as a new save. */
  @POST
  @Path(NUMBER + "/revisions/{revision: [0-9]{1,18}}/restore")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "restoreGoalRevision",
      summary = "Restore a revision of a goal",
      description =
          "Saves the revision's fields as a new revision. Requires If-Match." + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The goal with the restored fields; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GoalEditView.class)))
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
                    .goals()
                    .restoreRevision(editor(), PactEditing.name(pact, number), revision, version)));
  }

  private Editor editor() {
    return ApiEditors.caller(editors, security);
  }

  private static Response answer(EditedItem<GoalInput> item) {
    return Response.ok(GoalEditView.of(item)).tag(Preconditions.tag(item.version())).build();
  }
}
