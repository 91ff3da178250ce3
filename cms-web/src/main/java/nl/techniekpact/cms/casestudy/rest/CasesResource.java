package nl.techniekpact.cms.casestudy.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.techniekpact.cms.casestudy.editing.CaseStudyEditing;
import nl.techniekpact.cms.casestudy.editing.CaseStudyInput;
import nl.techniekpact.cms.casestudy.listing.CaseFilterReferences;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.rest.EditingRequests;
import nl.techniekpact.cms.publishing.rest.JsonBodies;
import nl.techniekpact.cms.publishing.rest.PublicationRequest;
import nl.techniekpact.cms.publishing.rest.RevisionView;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.rest.ApiLanguage;
import nl.techniekpact.cms.rest.EducationLevels;
import nl.techniekpact.cms.rest.PageRequest;
import nl.techniekpact.cms.rest.ParameterCheck;
import nl.techniekpact.cms.rest.PathSlugs;
import nl.techniekpact.cms.rest.Preconditions;
import nl.techniekpact.cms.rest.openapi.ApiModelReader;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.model.casestudy.CaseFilter;
import nl.techniekpact.model.casestudy.CaseStudyRepository;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.EducationLevel;
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
 * Cases at {@code /api/v1/cases}. For everyone: the published cases, a paged list filterable by
 * region slug, goal number and education level, and one case by slug. For editors (through {@link
 * CaseStudyEditing}, the same rules as the back office): create, change, delete and restore,
 * publish, unpublish and schedule, revisions and their restore. Changes name the version they were
 * made on with {@code If-Match} ({@link Preconditions}).
 *
 * <pre>
 * GET /api/v1/cases?region=zuid-nederland&amp;goal=4&amp;level=mbo&amp;page=1&amp;size=20
 * GET /api/v1/cases/make-it-move/editable                     → ETag: "v3"
 * PUT /api/v1/cases/make-it-move   If-Match: "v3"   {...}     → ETag: "v4"
 * PUT /api/v1/cases/make-it-move/publication   If-Match: "v4"   {"status":"PUBLISHED"}
 * </pre>
 */
@Path("cases")
@Tag(name = "cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {

  static final String CASE_PAGE_EXAMPLE =
      "{\"items\":[{\"slug\":\"make-it-move\",\"title\":{\"nl\":\"Make it move\"},"
          + "\"summary\":{\"nl\":\"Leerlingen bouwen een bewegende machine.\"},"
          + "\"region\":\"noord\",\"goals\":[1,4],\"educationLevels\":[\"VO\"],"
          + "\"partners\":[\"techniek-noord\"]}],"
          + "\"page\":1,\"size\":20,\"total\":1,\"totalPages\":1}";

  static final String CASE_INPUT_EXAMPLE =
      "{\"slug\":\"robotica-in-de-klas\",\"title\":{\"nl\":\"Robotica in de klas\"},"
          + "\"summary\":{\"nl\":\"Leerlingen programmeren robots met een bedrijf uit de"
          + " buurt.\"},\"body\":{\"nl\":\"<p>Elke vrijdag ...</p>\"},\"region\":\"noord\","
          + "\"goals\":[4],\"educationLevels\":[\"PO\"],\"partners\":[]}";

  static final String PUBLICATION_EXAMPLE =
      "{\"status\":\"SCHEDULED\",\"publishAt\":\"2026-12-01T07:00:00Z\","
          + "\"unpublishAt\":\"2027-01-01T07:00:00Z\"}";

  private static final String EDITORS_ONLY =
      " Needs the role administrator or national-editor, or regional-editor for a case of the"
          + " caller's own regions (before and after the change).";

  private static final String IF_MATCH =
      "The ETag of the version the change was made on, such as \"v3\"";

  @Inject private CaseStudyRepository cases;
  @Inject private CaseFilterReferences references;
  @Inject private CaseStudyEditing editing;
  @Inject private Editors editors;

  @Context private UriInfo uriInfo;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;
  @Context private jakarta.servlet.http.HttpServletRequest servletRequest;

  /** A page of the published cases matching the filters, with paging links. */
  @GET
  @Operation(
      operationId = "listCases",
      summary = "List published cases",
      description =
          "A page of the published cases, newest first, optionally of one region, for one goal"
              + " and at one education level. Link headers name the first, previous, next and"
              + " last page.")
  @APIResponse(
      responseCode = "200",
      description = "A page of cases (without their body)",
      headers =
          @Header(
              name = "Link",
              description = "RFC 8288 links to the first, prev, next and last page",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiModelReader.CASE_PAGE),
              examples = @ExampleObject(name = "page", value = CASE_PAGE_EXAMPLE)))
  public Response list(
      @Parameter(description = "Slug of a published region", example = "noord")
          @QueryParam("region")
          String region,
      @Parameter(description = "Number of a goal of the current pact", example = "4")
          @QueryParam("goal")
          String goal,
      @Parameter(
              description = "Education level: PO, VO, MBO, HBO_WO, or the site's label",
              example = "MBO")
          @QueryParam("level")
          String level,
      @Parameter(
              description = "Page number, from 1",
              schema = @Schema(type = SchemaType.INTEGER, defaultValue = "1", minimum = "1"))
          @QueryParam("page")
          String page,
      @Parameter(
              description = "Cases per page, 1 to 100",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      defaultValue = "20",
                      minimum = "1",
                      maximum = "100"))
          @QueryParam("size")
          String size,
      @QueryParam(ApiLanguage.PARAMETER) String lang) {
    Instant now = Instant.now();
    ParameterCheck check = new ParameterCheck();
    Optional<Region> inRegion = check.known("region", region, references::region);
    Optional<Goal> forGoal = goal(check, goal);
    Optional<EducationLevel> atLevel = check.known("level", level, EducationLevels::parse);
    PageRequest paging = PageRequest.read(check, page, size);
    Optional<ApiLanguage> language = ApiLanguage.read(check, lang);
    check.done();

    CaseFilter filter =
        new CaseFilter(inRegion.orElse(null), forGoal.orElse(null), atLevel.orElse(null));
    long total = cases.countPublished(filter, now);
    List<CaseView> items =
        paging.isBeyond(total)
            ? List.of()
            : cases.findPublished(filter, now, paging.window()).stream()
                .map(CaseView::inList)
                .toList();
    return paging.respond(ApiLanguage.represent(items, language), total, uriInfo);
  }

  /** One published case by slug. */
  @GET
  @Path(PathSlugs.TEMPLATE)
  @Operation(
      operationId = "getCase",
      summary = "Get one published case",
      description = "The case with its full story.")
  @APIResponse(
      responseCode = "200",
      description = "The case",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseView.class)))
  public CaseView get(
      @Parameter(description = "The case's slug", example = "make-it-move") @PathParam("slug")
          String slug,
      @QueryParam(ApiLanguage.PARAMETER) String lang) {
    Optional<ApiLanguage> language = ApiLanguage.read(lang);
    Instant now = Instant.now();
    return PathSlugs.findVisible(slug, cases::findBySlug, now)
        .map(
            c -> {
              // its version is its ETag, so a change can name it in If-Match
              Preconditions.tagAnswer(servletRequest, c.getVersion());
              return CaseView.of(c);
            })
        .map(view -> ApiLanguage.represent(view, language))
        .orElseThrow(() -> new NotFoundException("No published case " + slug));
  }

  /** One case in any state, as an editor sees it. */
  @GET
  @Path(PathSlugs.TEMPLATE + "/editable")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "getEditableCase",
      summary = "Get a case for editing",
      description =
          "The case in any state (draft, scheduled, published, deleted) with its version; the"
              + " ETag is what If-Match names in a change."
              + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The case and its state",
      headers = @Header(name = "ETag", description = "The version, such as \"v3\""),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseEditView.class)))
  public Response editable(
      @PathParam("slug") String slug,
      @Parameter(
              description =
                  "Shows each text in one language, for display (a change sends both languages)")
          @QueryParam(ApiLanguage.PARAMETER)
          String lang) {
    Optional<ApiLanguage> language = ApiLanguage.read(lang);
    ContentDocument<CaseStudyInput> document = editing.read(editor(), slug);
    return EditingRequests.answer(
        ApiLanguage.represent(CaseEditView.of(document), language), document.version());
  }

  /** Creates a draft case. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "createCase",
      summary = "Create a case",
      description =
          "Creates a draft case; publish it with PUT /api/v1/cases/{slug}/publication. The body"
              + " is HTML and is sanitized (no script, style, event handler or javascript: URL"
              + " survives); the other texts are plain. Region, goals and partners must exist."
              + " Without a slug (absent or blank) one is derived from the title, -2, -3 … added when"
              + " taken."
              + EDITORS_ONLY)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseStudyInput.class),
              examples = @ExampleObject(name = "case", value = CASE_INPUT_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "The new draft; Location names the case, ETag its version",
      headers = {
        @Header(name = "Location", description = "/api/v1/cases/{slug}"),
        @Header(name = "ETag", description = "The version, \"v1\"")
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseEditView.class)))
  public Response create(String body) {
    ContentDocument<CaseStudyInput> created =
        editing.create(editor(), JsonBodies.read(body, CaseStudyInput.class));
    return EditingRequests.created(
        uriInfo, created.slug(), CaseEditView.of(created), created.version());
  }

  /** Changes a case. */
  @PUT
  @Path(PathSlugs.TEMPLATE)
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "updateCase",
      summary = "Change a case",
      description =
          "Replaces the case's fields (the slug stays; absent optional fields are cleared)."
              + " Requires If-Match with the version the change was made on."
              + EDITORS_ONLY)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseStudyInput.class),
              examples = @ExampleObject(name = "case", value = CASE_INPUT_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "The changed case; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseEditView.class)))
  public Response update(
      @PathParam("slug") String slug,
      @Parameter(description = IF_MATCH, required = true) @jakarta.ws.rs.HeaderParam("If-Match")
          String ifMatch,
      String body) {
    long version = Preconditions.requiredVersion(headers);
    CaseStudyInput input = JsonBodies.read(body, CaseStudyInput.class);
    return answer(Preconditions.guard(() -> editing.update(editor(), slug, version, input)));
  }

  /** Deletes a case softly. */
  @DELETE
  @Path(PathSlugs.TEMPLATE)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "deleteCase",
      summary = "Delete a case",
      description =
          "Deletes the case softly: it leaves the site and the lists at once, and POST"
              + " /api/v1/cases/{slug}/restore brings it back. Requires If-Match."
              + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The deleted case (deletedAt set); ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseEditView.class)))
  public Response delete(
      @PathParam("slug") String slug,
      @Parameter(description = IF_MATCH, required = true) @jakarta.ws.rs.HeaderParam("If-Match")
          String ifMatch) {
    long version = Preconditions.requiredVersion(headers);
    return answer(Preconditions.guard(() -> editing.delete(editor(), slug, version)));
  }

  /** Restores a softly deleted case. */
  @POST
  @Path(PathSlugs.TEMPLATE + "/restore")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "restoreCase",
      summary = "Restore a deleted case",
      description =
          "Undoes a delete; the case gets back the publication state it had. Requires If-Match."
              + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The restored case; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseEditView.class)))
  public Response restore(
      @PathParam("slug") String slug,
      @Parameter(description = IF_MATCH, required = true) @jakarta.ws.rs.HeaderParam("If-Match")
          String ifMatch) {
    long version = Preconditions.requiredVersion(headers);
    return answer(Preconditions.guard(() -> editing.restore(editor(), slug, version)));
  }

  /** Publishes, schedules or unpublishes a case. */
  @PUT
  @Path(PathSlugs.TEMPLATE + "/publication")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "setCasePublication",
      summary = "Publish, schedule or unpublish a case",
      description =
          "{\"status\":\"PUBLISHED\"} publishes now (optionally with \"unpublishAt\");"
              + " {\"status\":\"SCHEDULED\",\"publishAt\":…} publishes at that moment (optionally"
              + " until \"unpublishAt\"), and {\"status\":\"SCHEDULED\",\"unpublishAt\":…} alone"
              + " ends a published case then; {\"status\":\"DRAFT\"} takes it off the site."
              + " Moments are ISO-8601 and in the future; the CMS carries them out by itself,"
              + " also after a restart. Requires If-Match."
              + EDITORS_ONLY)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PublicationRequest.class),
              examples = {
                @ExampleObject(name = "publish", value = "{\"status\":\"PUBLISHED\"}"),
                @ExampleObject(name = "schedule", value = PUBLICATION_EXAMPLE),
                @ExampleObject(name = "unpublish", value = "{\"status\":\"DRAFT\"}")
              }))
  @APIResponse(
      responseCode = "200",
      description = "The case with its new state; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseEditView.class)))
  public Response publication(
      @PathParam("slug") String slug,
      @Parameter(description = IF_MATCH, required = true) @jakarta.ws.rs.HeaderParam("If-Match")
          String ifMatch,
      String body) {
    long version = Preconditions.requiredVersion(headers);
    return answer(EditingRequests.publication(editing, editor(), slug, version, body));
  }

  /** The revisions of a case. */
  @GET
  @Path(PathSlugs.TEMPLATE + "/revisions")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "listCaseRevisions",
      summary = "List a case's revisions",
      description = "Every save of the case, newest first." + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The revisions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = RevisionView.class)))
  public List<RevisionView> revisions(@PathParam("slug") String slug) {
    return editing.revisions(editor(), slug).stream().map(RevisionView::of).toList();
  }

  /** The fields of a case in one revision. */
  @GET
  @Path(PathSlugs.TEMPLATE + "/revisions/{number: [0-9]{1,18}}")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "getCaseRevision",
      summary = "Get a case's revision",
      description = "The case's fields as that save left them." + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The fields",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseStudyInput.class)))
  public CaseStudyInput revision(@PathParam("slug") String slug, @PathParam("number") long number) {
    return editing.revision(editor(), slug, number);
  }

  /** What changed between two revisions. */
  @GET
  @Path(PathSlugs.TEMPLATE + "/revisions/{number: [0-9]{1,18}}/changes")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "compareCaseRevisions",
      summary = "Compare two revisions of a case",
      description =
          "The fields that differ between revision {number} and an older one (parameter"
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
      @PathParam("slug") String slug,
      @PathParam("number") long number,
      @Parameter(description = "The older revision's number (default 1)", example = "1")
          @QueryParam("since")
          String since) {
    return editing.compare(editor(), slug, EditingRequests.since(since), number);
  }

  /** Restores the fields of a revision as a new save. */
  @POST
  @Path(PathSlugs.TEMPLATE + "/revisions/{number: [0-9]{1,18}}/restore")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "restoreCaseRevision",
      summary = "Restore a revision of a case",
      description =
          "Saves the revision's fields as a new revision; the publication state stays as it is."
              + " Requires If-Match."
              + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The case with the restored fields; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseEditView.class)))
  @APIResponse(responseCode = "422", ref = ApiModelReader.INVALID_CONTENT)
  public Response restoreRevision(
      @PathParam("slug") String slug,
      @PathParam("number") long number,
      @Parameter(description = IF_MATCH, required = true) @jakarta.ws.rs.HeaderParam("If-Match")
          String ifMatch) {
    long version = Preconditions.requiredVersion(headers);
    return answer(
        Preconditions.guard(() -> editing.restoreRevision(editor(), slug, number, version)));
  }

  private Editor editor() {
    return EditingRequests.editor(editors, security);
  }

  private static Response answer(ContentDocument<CaseStudyInput> document) {
    return EditingRequests.answer(CaseEditView.of(document), document.version());
  }

  private Optional<Goal> goal(ParameterCheck check, String text) {
    OptionalInt number = check.optionalInteger("goal", text, 1, 9999);
    if (number.isEmpty()) {
      return Optional.empty();
    }
    return check.known("goal", text, any -> references.goal(number.getAsInt()));
  }
}
