package nl.techniekpact.cms.pact.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.techniekpact.cms.goal.rest.GoalView;
import nl.techniekpact.cms.pact.editing.PactEditing;
import nl.techniekpact.cms.pact.editing.PactInput;
import nl.techniekpact.cms.publishing.EditedItem;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.rest.ApiEditors;
import nl.techniekpact.cms.publishing.rest.JsonBodies;
import nl.techniekpact.cms.publishing.rest.RevisionView;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.rest.ApiLanguage;
import nl.techniekpact.cms.rest.ParameterCheck;
import nl.techniekpact.cms.rest.PathSlugs;
import nl.techniekpact.cms.rest.Preconditions;
import nl.techniekpact.cms.rest.openapi.ApiModelReader;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.pact.PactRepository;
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
 * The pact editions at {@code /api/v1/pacts}, the current one first, and one edition by its slug or
 * by the year it was signed ({@code /api/v1/pacts/2013}). Pact editions have no drafts; all are
 * public. Administrators and national editors also create, change and remove editions (through
 * {@link PactEditing}), see their revisions and restore one; their goals and themes are edited at
 * {@code /api/v1/pacts/{pact}/goals} and {@code …/themes} ({@link PactGoalsResource}, {@link
 * PactThemesResource}).
 */
@Path("pacts")
@Tag(name = "pacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PactsResource {

  static final String PACTS_EXAMPLE =
      "[{\"slug\":\"techniekpact\",\"name\":\"Techniekpact\",\"signedOn\":\"2013-05-13\","
          + "\"current\":true,\"description\":{\"nl\":\"Techniekpact moet de aansluiting van het"
          + " onderwijs op de arbeidsmarkt in de technieksector verbeteren.\"}}]";

  @Inject private PactRepository pacts;
  @Inject private PactEditing editing;
  @Inject private Editors editors;

  @Context private UriInfo uriInfo;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;

  /** Every edition, the current one first, then the others by signing date, newest first. */
  @GET
  @Operation(
      operationId = "listPacts",
      summary = "List the pact editions",
      description =
          "Every edition of the pact, the current one first (the one whose goals /api/v1/goals"
              + " lists), then the others, most recently signed first. Without their goals.")
  @APIResponse(
      responseCode = "200",
      description = "The pact editions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = PactView.class),
              examples = @ExampleObject(name = "pacts", value = PACTS_EXAMPLE)))
  public List<PactView> list(
      @Parameter(
              description = ApiLanguage.DESCRIPTION,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"nl", "en"}))
          @QueryParam(ApiLanguage.PARAMETER)
          String lang) {
    Optional<ApiLanguage> language = ApiLanguage.read(lang);
    Optional<Pact> current = pacts.findCurrent();
    List<PactView> views = new ArrayList<>();
    current.ifPresent(pact -> views.add(PactView.inList(pact, true)));
    pacts.findAll().stream()
        .filter(pact -> !isCurrent(pact, current))
        .sorted(NEWEST_FIRST)
        .map(pact -> PactView.inList(pact, false))
        .forEach(views::add);
    return ApiLanguage.represent(views, language);
  }

  /** One edition, with its goals, by slug or by the year it was signed. */
  @GET
  @Path(PathSlugs.TEMPLATE)
  @Operation(
      operationId = "getPact",
      summary = "Get one pact edition",
      description =
          "One edition with its goals, by its slug (techniekpact) or by the year it was signed"
              + " (2013; of several editions signed that year, the latest).")
  @APIResponse(
      responseCode = "200",
      description = "The pact edition with its goals",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PactView.class)))
  public PactView get(
      @Parameter(description = "The edition's slug, or the year it was signed", example = "2013")
          @PathParam("slug")
          String slugOrYear,
      @Parameter(
              description = ApiLanguage.DESCRIPTION,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"nl", "en"}))
          @QueryParam(ApiLanguage.PARAMETER)
          String lang) {
    Optional<ApiLanguage> language = ApiLanguage.read(lang);
    Pact pact =
        bySlug(slugOrYear)
            .or(() -> byYear(slugOrYear))
            .orElseThrow(() -> new NotFoundException("No pact " + slugOrYear));
    List<GoalView> goals = pacts.findGoals(pact.getSlug()).stream().map(GoalView::of).toList();
    boolean current = isCurrent(pact, pacts.findCurrent());
    return ApiLanguage.represent(PactView.of(pact, current, goals), language);
  }

  /** One pact edition as an editor sees it, with its version. */
  @GET
  @Path(PathSlugs.TEMPLATE + "/editable")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "getEditablePact",
      summary = "Get a pact edition for editing",
      description =
          "The pact edition with its version; the ETag is what If-Match names in a change."
              + PactWrites.EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The pact edition and its version",
      headers = @Header(name = "ETag", description = "The version, such as \"v3\""),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PactEditView.class),
              examples = @ExampleObject(name = "pact edition", value = PactWrites.EDIT_EXAMPLE)))
  public Response editable(@PathParam("slug") String slug) {
    return answer(editing.editions().read(editor(), slug));
  }

  /** Creates a pact edition. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "createPact",
      summary = "Create a pact edition",
      description =
          "Creates a pact edition without goals; add them with POST"
              + " /api/v1/pacts/{pact}/goals. It is public at once (editions have no drafts); the"
              + " edition signed most recently is the current one. The slug is fixed once created;"
              + " texts are plain (nl required)."
              + " Without a slug (absent or blank) one is derived from the name, -2, -3 … added when"
              + " taken."
              + PactWrites.EDITORS_ONLY)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PactInput.class),
              examples = @ExampleObject(name = "pact edition", value = PactWrites.INPUT_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "The new pact edition; Location names it, ETag its version",
      headers = {
        @Header(name = "Location", description = "/api/v1/pacts/{slug}"),
        @Header(name = "ETag", description = "The version, \"v1\"")
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PactEditView.class),
              examples = @ExampleObject(name = "pact edition", value = PactWrites.EDIT_EXAMPLE)))
  public Response create(String body) {
    EditedItem<PactInput> created =
        editing.editions().create(editor(), JsonBodies.read(body, PactInput.class));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.content().slug()).build())
        .entity(PactEditView.of(created))
        .tag(Preconditions.tag(created.version()))
        .build();
  }

  /** Changes a pact edition. */
  @PUT
  @Path(PathSlugs.TEMPLATE)
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "updatePact",
      summary = "Change a pact edition",
      description =
          "Replaces the pact edition's fields (the slug stays; absent optional fields are"
              + " cleared). Requires If-Match with the version the change was made on."
              + PactWrites.EDITORS_ONLY)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PactInput.class),
              examples = @ExampleObject(name = "pact edition", value = PactWrites.INPUT_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "The changed pact edition; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PactEditView.class)))
  public Response update(
      @PathParam("slug") String slug,
      @Parameter(description = PactWrites.IF_MATCH, required = true) @HeaderParam("If-Match")
          String ifMatch,
      String body) {
    long version = Preconditions.requiredVersion(headers);
    PactInput input = JsonBodies.read(body, PactInput.class);
    return answer(
        Preconditions.guard(() -> editing.editions().update(editor(), slug, version, input)));
  }

  /** Deletes a pact edition without goals and themes softly, or purges a deleted one. */
  @DELETE
  @Path(PathSlugs.TEMPLATE)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "deletePact",
      summary = "Delete a pact edition",
      description =
          "Deletes the pact edition softly: it leaves the site and the API at once, keeps its"
              + " slug, and POST /api/v1/pacts/{slug}/restore brings it back (GET /api/v1/trash"
              + " lists the deleted ones). Refused with 409 while it has goals or themes that are"
              + " not deleted: the problem's usedBy lists them. With purge=true an administrator"
              + " removes a deleted edition for good, once it has no goals or themes at all."
              + " Requires If-Match."
              + PactWrites.EDITORS_ONLY)
  @APIResponse(responseCode = "204", description = "Deleted (or purged)")
  @APIResponse(responseCode = "409", ref = ApiModelReader.CONTENT_IN_USE)
  public Response delete(
      @PathParam("slug") String slug,
      @Parameter(description = PactWrites.IF_MATCH, required = true) @HeaderParam("If-Match")
          String ifMatch,
      @Parameter(description = PactWrites.PURGE) @QueryParam("purge") boolean purge) {
    long version = Preconditions.requiredVersion(headers);
    Preconditions.guard(
        () -> {
          if (purge) {
            editing.editions().purge(editor(), slug, version);
          } else {
            editing.editions().delete(editor(), slug, version);
          }
          return slug;
        });
    return Response.noContent().build();
  }

  /** Restores a softly deleted pact edition. */
  @POST
  @Path(PathSlugs.TEMPLATE + "/restore")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "restorePact",
      summary = "Restore a deleted pact edition",
      description =
          "Undoes a soft delete: the edition is public again as it was (its deleted goals and"
              + " themes stay deleted until restored themselves). Requires If-Match."
              + PactWrites.EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The restored edition; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PactEditView.class)))
  public Response restore(
      @PathParam("slug") String slug,
      @Parameter(description = PactWrites.IF_MATCH, required = true) @HeaderParam("If-Match")
          String ifMatch) {
    long version = Preconditions.requiredVersion(headers);
    return answer(Preconditions.guard(() -> editing.editions().restore(editor(), slug, version)));
  }

  /** The revisions of a pact edition. */
  @GET
  @Path(PathSlugs.TEMPLATE + "/revisions")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "listPactRevisions",
      summary = "List a pact edition's revisions",
      description = "Every save of the pact edition, newest first." + PactWrites.EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The revisions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = RevisionView.class)))
  public List<RevisionView> revisions(@PathParam("slug") String slug) {
    return editing.editions().revisions(editor(), slug).stream().map(RevisionView::of).toList();
  }

  /** The fields of a pact edition in one revision. */
  @GET
  @Path(PathSlugs.TEMPLATE + "/revisions/{number: [0-9]{1,18}}")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "getPactRevision",
      summary = "Get a pact edition's revision",
      description = "The pact edition's fields as that save left them." + PactWrites.EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The fields",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PactInput.class)))
  public PactInput revision(@PathParam("slug") String slug, @PathParam("number") long number) {
    return editing.editions().revision(editor(), slug, number);
  }

  /** What changed between two revisions. */
  @GET
  @Path(PathSlugs.TEMPLATE + "/revisions/{number: [0-9]{1,18}}/changes")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "comparePactRevisions",
      summary = "Compare two revisions of a pact edition",
      description =
          "The fields that differ between revision {number} and an older one (parameter"
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
      @PathParam("slug") String slug,
      @PathParam("number") long number,
      @Parameter(description = "The older revision's number (default 1)", example = "1")
          @QueryParam("since")
          String since) {
    ParameterCheck check = new ParameterCheck();
    OptionalInt older = check.optionalInteger("since", since == null ? "" : since, 1, 999_999_999);
    check.done();
    return editing.editions().compare(editor(), slug, older.orElse(1), number);
  }

  /** Restores the fields of a revision as a new save. */
  @POST
  @Path(PathSlugs.TEMPLATE + "/revisions/{number: [0-9]{1,18}}/restore")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "restorePactRevision",
      summary = "Restore a revision of a pact edition",
      description =
          "Saves the revision's fields as a new revision. Requires If-Match."
              + PactWrites.EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The pact edition with the restored fields; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PactEditView.class)))
  public Response restoreRevision(
      @PathParam("slug") String slug,
      @PathParam("number") long number,
      @Parameter(description = PactWrites.IF_MATCH, required = true) @HeaderParam("If-Match")
          String ifMatch) {
    long version = Preconditions.requiredVersion(headers);
    return answer(
        Preconditions.guard(
            () -> editing.editions().restoreRevision(editor(), slug, number, version)));
  }

  private Editor editor() {
    return ApiEditors.caller(editors, security);
  }

  private static Response answer(EditedItem<PactInput> item) {
    return Response.ok(PactEditView.of(item)).tag(Preconditions.tag(item.version())).build();
  }

  private static final Comparator<Pact> NEWEST_FIRST =
      Comparator.comparing(
              (Pact pact) -> pact.getSignedOn().orElse(LocalDate.MIN), Comparator.reverseOrder())
          .thenComparing(Pact::getId, Comparator.reverseOrder());

  private static boolean isCurrent(Pact pact, Optional<Pact> current) {
    return current.map(c -> c.getId().equals(pact.getId())).orElse(false);
  }

  private Optional<Pact> bySlug(String text) {
    return PathSlugs.parse(text).flatMap(pacts::findBySlug).filter(pact -> !pact.isDeleted());
  }

  private Optional<Pact> byYear(String text) {
    if (!text.matches("[12][0-9]{3}")) {
      return Optional.empty();
    }
    int year = Integer.parseInt(text);
    return pacts.findAll().stream()
        .filter(pact -> pact.getSignedOn().map(d -> d.getYear() == year).orElse(false))
        .max(Comparator.comparing((Pact pact) -> pact.getSignedOn().orElseThrow()));
  }
}
