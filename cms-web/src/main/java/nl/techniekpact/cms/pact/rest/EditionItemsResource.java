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
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.techniekpact.cms.pact.editing.EditionItemInput;
import nl.techniekpact.cms.pact.editing.GoalInput;
import nl.techniekpact.cms.pact.editing.PactEditing;
import nl.techniekpact.cms.pact.editing.ThemeInput;
import nl.techniekpact.cms.publishing.EditedItem;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.ItemEditing;
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
 * Editing the goals and the themes of a pact edition, at {@code /api/v1/pacts/{pact}/goals} and
 * {@code /api/v1/pacts/{pact}/themes} (through {@link PactEditing}, the rules of the back office):
 * create, change, delete softly and restore, revisions and their restore, for administrators and
 * national editors. One implementation serves both kinds; only the input and the view differ. A
 * change names the version it was made on with {@code If-Match}; a number already taken in the
 * edition (also by a deleted item) is a 422 on {@code number}.
 *
 * <pre>
 * POST   /api/v1/pacts/techniekpact/goals                      → 201, Location, ETag: "v1"
 * PUT    /api/v1/pacts/techniekpact/goals/4     If-Match: "v1"   → ETag: "v2"
 * DELETE /api/v1/pacts/techniekpact/themes/2    If-Match: "v3"   → 204, or 409 while goals use it
 * POST   /api/v1/pacts/techniekpact/themes/2/restore  If-Match: "v4" → 200, ETag: "v5"
 * </pre>
 */
@Path("pacts/{pact}/{kind: goals|themes}")
@Tag(name = "pacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EditionItemsResource {

  static final String GOAL_EXAMPLE =
      "{\"number\":13,\"title\":{\"nl\":\"Meer vrouwen in technische beroepen\","
          + "\"en\":\"More women in technical jobs\"},\"description\":{\"nl\":\"Het aandeel"
          + " vrouwen in technische opleidingen en beroepen groeit.\"},\"theme\":2,"
          + "\"educationLevels\":[\"MBO\",\"HBO_WO\"]}";

  static final String THEME_EXAMPLE =
      "{\"number\":5,\"title\":{\"nl\":\"Leven lang ontwikkelen\",\"en\":\"Lifelong"
          + " learning\"},\"description\":{\"nl\":\"Werkenden blijven bij in de techniek.\"}}";

  private static final String PACT = "The slug of the pact edition, such as techniekpact";

  private static final String KIND = "goals or themes";

  private static final String NUMBER = "{number: [1-9][0-9]{0,8}}";

  @Inject private PactEditing editing;
  @Inject private Editors editors;

  @Context private UriInfo uriInfo;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;

  /** One goal or theme as an editor sees it, with its version. */
  @GET
  @Path(NUMBER + "/editable")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "getEditableEditionItem",
      summary = "Get a goal or theme for editing",
      description =
          "The goal or theme, deleted or not, with its version; the ETag is what If-Match names"
              + " in a change."
              + PactWrites.EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The goal (GoalEditView) or theme (ThemeEditView) and its version",
      headers = @Header(name = "ETag", description = "The version, such as \"v3\""),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GoalEditView.class)))
  public Response editable(
      @Parameter(description = PACT) @PathParam("pact") String pact,
      @Parameter(description = KIND, schema = @Schema(enumeration = {"goals", "themes"}))
          @PathParam("kind")
          String kind,
      @PathParam("number") int number) {
    return read(kind(kind), PactEditing.name(pact, number));
  }

  /** Creates a goal or theme in the edition. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "createEditionItem",
      summary = "Create a goal or theme",
      description =
          "Adds a goal (GoalInput) or theme (ThemeInput) to the edition the address names; it is"
              + " public at once. Its number is unique in the edition (a deleted item keeps its"
              + " number: restore that one instead) and fixed once created; texts are plain (nl"
              + " required)."
              + PactWrites.EDITORS_ONLY)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GoalInput.class),
              examples = {
                @ExampleObject(name = "goal", value = GOAL_EXAMPLE),
                @ExampleObject(name = "theme", value = THEME_EXAMPLE)
              }))
  @APIResponse(
      responseCode = "201",
      description = "The new goal or theme; Location names it, ETag its version",
      headers = {
        @Header(name = "Location", description = "/api/v1/pacts/{pact}/{kind}/{number}"),
        @Header(name = "ETag", description = "The version, \"v1\"")
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GoalEditView.class)))
  public Response create(
      @Parameter(description = PACT) @PathParam("pact") String pact,
      @Parameter(description = KIND, schema = @Schema(enumeration = {"goals", "themes"}))
          @PathParam("kind")
          String kind,
      String body) {
    return create(kind(kind), pact, body);
  }

  /** Changes a goal or theme. */
  @PUT
  @Path(NUMBER)
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "updateEditionItem",
      summary = "Change a goal or theme",
      description =
          "Replaces the goal's or theme's fields (its number stays; absent optional fields are"
              + " cleared). Requires If-Match with the version the change was made on."
              + PactWrites.EDITORS_ONLY)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GoalInput.class),
              examples = {
                @ExampleObject(name = "goal", value = GOAL_EXAMPLE),
                @ExampleObject(name = "theme", value = THEME_EXAMPLE)
              }))
  @APIResponse(
      responseCode = "200",
      description = "The changed goal or theme; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GoalEditView.class)))
  public Response update(
      @Parameter(description = PACT) @PathParam("pact") String pact,
      @Parameter(description = KIND, schema = @Schema(enumeration = {"goals", "themes"}))
          @PathParam("kind")
          String kind,
      @PathParam("number") int number,
      @Parameter(description = PactWrites.IF_MATCH, required = true) @HeaderParam("If-Match")
          String ifMatch,
      String body) {
    return update(kind(kind), pact, number, body, Preconditions.requiredVersion(headers));
  }

  /** Deletes a goal or theme softly, or purges a deleted one. */
  @DELETE
  @Path(NUMBER)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "deleteEditionItem",
      summary = "Delete a goal or theme",
      description =
          "Deletes the goal or theme softly: it leaves the site, the API and the pickers at once,"
              + " keeps its number, and POST …/restore brings it back (GET /api/v1/trash lists"
              + " the deleted ones). Refused with 409 while a case or ambassador that is not"
              + " deleted links to the goal, or a goal that is not deleted is grouped under the"
              + " theme: the problem's usedBy lists them. With purge=true an administrator"
              + " removes a deleted one for good, once nothing at all refers to it. Requires"
              + " If-Match."
              + PactWrites.EDITORS_ONLY)
  @APIResponse(responseCode = "204", description = "Deleted (or purged)")
  @APIResponse(responseCode = "409", ref = ApiModelReader.CONTENT_IN_USE)
  public Response delete(
      @Parameter(description = PACT) @PathParam("pact") String pact,
      @Parameter(description = KIND, schema = @Schema(enumeration = {"goals", "themes"}))
          @PathParam("kind")
          String kind,
      @PathParam("number") int number,
      @Parameter(description = PactWrites.IF_MATCH, required = true) @HeaderParam("If-Match")
          String ifMatch,
      @Parameter(description = PactWrites.PURGE) @QueryParam("purge") boolean purge) {
    long version = Preconditions.requiredVersion(headers);
    ItemEditing<?, ?, ?> items = kind(kind).editing();
    String name = PactEditing.name(pact, number);
    Preconditions.guard(
        () -> {
          if (purge) {
            items.purge(editor(), name, version);
          } else {
            items.delete(editor(), name, version);
          }
          return name;
        });
    return Response.noContent().build();
  }

  /** Restores a softly deleted goal or theme. */
  @POST
  @Path(NUMBER + "/restore")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "restoreEditionItem",
      summary = "Restore a deleted goal or theme",
      description =
          "Undoes a soft delete: the goal or theme is public again as it was (a goal grouped"
              + " under a theme that is still deleted shows no theme). Refused with 422 on pact"
              + " while its edition is deleted. Requires If-Match."
              + PactWrites.EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The restored goal or theme; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GoalEditView.class)))
  public Response restore(
      @Parameter(description = PACT) @PathParam("pact") String pact,
      @Parameter(description = KIND, schema = @Schema(enumeration = {"goals", "themes"}))
          @PathParam("kind")
          String kind,
      @PathParam("number") int number,
      @Parameter(description = PactWrites.IF_MATCH, required = true) @HeaderParam("If-Match")
          String ifMatch) {
    return restore(
        kind(kind), PactEditing.name(pact, number), Preconditions.requiredVersion(headers));
  }

  /** The revisions of a goal or theme. */
  @GET
  @Path(NUMBER + "/revisions")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "listEditionItemRevisions",
      summary = "List a goal's or theme's revisions",
      description = "Every save of the goal or theme, newest first." + PactWrites.EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The revisions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = RevisionView.class)))
  public List<RevisionView> revisions(
      @Parameter(description = PACT) @PathParam("pact") String pact,
      @Parameter(description = KIND, schema = @Schema(enumeration = {"goals", "themes"}))
          @PathParam("kind")
          String kind,
      @PathParam("number") int number) {
    return kind(kind).editing().revisions(editor(), PactEditing.name(pact, number)).stream()
        .map(RevisionView::of)
        .toList();
  }

  /** The fields of a goal or theme in one revision. */
  @GET
  @Path(NUMBER + "/revisions/{revision: [0-9]{1,18}}")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "getEditionItemRevision",
      summary = "Get a goal's or theme's revision",
      description =
          "The goal's (GoalInput) or theme's (ThemeInput) fields as that save left them."
              + PactWrites.EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The fields",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GoalInput.class)))
  public Object revision(
      @Parameter(description = PACT) @PathParam("pact") String pact,
      @Parameter(description = KIND, schema = @Schema(enumeration = {"goals", "themes"}))
          @PathParam("kind")
          String kind,
      @PathParam("number") int number,
      @PathParam("revision") long revision) {
    return kind(kind).editing().revision(editor(), PactEditing.name(pact, number), revision);
  }

  /** What changed between two revisions. */
  @GET
  @Path(NUMBER + "/revisions/{revision: [0-9]{1,18}}/changes")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "compareEditionItemRevisions",
      summary = "Compare two revisions of a goal or theme",
      description =
          "The fields that differ between revision {revision} and an older one (parameter"
              + " since), with both values as JSON text."
              + PactWrites.EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The changed fields",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = FieldChange.class)))
  public List<FieldChange> changes(
      @Parameter(description = PACT) @PathParam("pact") String pact,
      @Parameter(description = KIND, schema = @Schema(enumeration = {"goals", "themes"}))
          @PathParam("kind")
          String kind,
      @PathParam("number") int number,
      @PathParam("revision") long revision,
      @Parameter(description = "The older revision's number (default 1)", example = "1")
          @QueryParam("since")
          String since) {
    ParameterCheck check = new ParameterCheck();
    OptionalInt older = check.optionalInteger("since", since == null ? "" : since, 1, 999_999_999);
    check.done();
    return kind(kind)
        .editing()
        .compare(editor(), PactEditing.name(pact, number), older.orElse(1), revision);
  }

  /** Restores the fields of a revision as a new save. */
  @POST
  @Path(NUMBER + "/revisions/{revision: [0-9]{1,18}}/restore")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "restoreEditionItemRevision",
      summary = "Restore a revision of a goal or theme",
      description =
          "Saves the revision's fields as a new revision. Requires If-Match."
              + PactWrites.EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The goal or theme with the restored fields; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GoalEditView.class)))
  public Response restoreRevision(
      @Parameter(description = PACT) @PathParam("pact") String pact,
      @Parameter(description = KIND, schema = @Schema(enumeration = {"goals", "themes"}))
          @PathParam("kind")
          String kind,
      @PathParam("number") int number,
      @PathParam("revision") long revision,
      @Parameter(description = PactWrites.IF_MATCH, required = true) @HeaderParam("If-Match")
          String ifMatch) {
    return restoreRevision(
        kind(kind),
        PactEditing.name(pact, number),
        revision,
        Preconditions.requiredVersion(headers));
  }

  private Kind<?> kind(String kind) {
    return "themes".equals(kind)
        ? new Kind<>(editing.themes(), ThemeInput.class, ThemeInput::inPact, ThemeEditView::of)
        : new Kind<>(editing.goals(), GoalInput.class, GoalInput::inPact, GoalEditView::of);
  }

  private <I extends EditionItemInput> Response read(Kind<I> kind, String name) {
    return kind.answer(kind.editing().read(editor(), name));
  }

  private <I extends EditionItemInput> Response create(Kind<I> kind, String pact, String body) {
    EditedItem<I> created = kind.editing().create(editor(), kind.input(body, pact));
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(created.content().number().toString()).build())
        .entity(kind.view().apply(created))
        .tag(Preconditions.tag(created.version()))
        .build();
  }

  private <I extends EditionItemInput> Response update(
      Kind<I> kind, String pact, int number, String body, long version) {
    I input = kind.input(body, pact);
    return kind.answer(
        Preconditions.guard(
            () -> kind.editing().update(editor(), PactEditing.name(pact, number), version, input)));
  }

  private <I extends EditionItemInput> Response restore(Kind<I> kind, String name, long version) {
    return kind.answer(Preconditions.guard(() -> kind.editing().restore(editor(), name, version)));
  }

  private <I extends EditionItemInput> Response restoreRevision(
      Kind<I> kind, String name, long revision, long version) {
    return kind.answer(
        Preconditions.guard(
            () -> kind.editing().restoreRevision(editor(), name, revision, version)));
  }

  private Editor editor() {
    return ApiEditors.caller(editors, security);
  }

  /** What differs between goals and themes here: the editing, the input and the view. */
  private record Kind<I extends EditionItemInput>(
      ItemEditing<?, I, EditedItem<I>> editing,
      Class<I> inputType,
      BiFunction<I, String, I> inPact,
      Function<EditedItem<I>, Object> view) {

    I input(String body, String pact) {
      return inPact.apply(JsonBodies.read(body, inputType), pact);
    }

    Response answer(EditedItem<I> item) {
      return Response.ok(view.apply(item)).tag(Preconditions.tag(item.version())).build();
    }
  }
}
