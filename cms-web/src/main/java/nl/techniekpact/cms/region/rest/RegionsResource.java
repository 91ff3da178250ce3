package nl.techniekpact.cms.region.rest;

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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.rest.EditingRequests;
import nl.techniekpact.cms.publishing.rest.JsonBodies;
import nl.techniekpact.cms.publishing.rest.PublicationRequest;
import nl.techniekpact.cms.publishing.rest.RevisionView;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.region.editing.RegionEditing;
import nl.techniekpact.cms.region.editing.RegionInput;
import nl.techniekpact.cms.rest.ApiLanguage;
import nl.techniekpact.cms.rest.PathSlugs;
import nl.techniekpact.cms.rest.Preconditions;
import nl.techniekpact.cms.rest.openapi.ApiModelReader;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.model.region.RegionRepository;
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
 * Regions at {@code /api/v1/regions}. For everyone: the published landsdelen, by name, and one by
 * slug. For editors (through {@link RegionEditing}, the same rules as the back office): change,
 * publish, unpublish and schedule, revisions and their restore; national editors and administrators
 * also create, delete and restore regions. Changes name the version they were made on with {@code
 * If-Match} ({@link Preconditions}).
 *
 * <pre>
 * GET /api/v1/regions/noord-nederland/editable                      → ETag: "v3"
 * PUT /api/v1/regions/noord-nederland   If-Match: "v3"   {...}     → ETag: "v4"
 * PUT /api/v1/regions/noord-nederland/publication   If-Match: "v4"   {"status":"PUBLISHED"}
 * </pre>
 */
@Path("regions")
@Tag(name = "regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegionsResource {

  static final String REGION_INPUT_EXAMPLE =
      "{\"slug\":\"noord-nederland\",\"name\":\"Noord-Nederland\","
          + "\"provinces\":[\"Groningen\",\"Friesland\",\"Drenthe\"],"
          + "\"ambitions\":{\"nl\":\"Meer jongeren kiezen voor techniek.\","
          + "\"en\":\"More young people choose technology.\"},"
          + "\"contact\":{\"name\":\"Techniekpact Noord\",\"email\":\"noord@example.org\"},"
          + "\"needsConfirmation\":false}";

  static final String PUBLICATION_EXAMPLE =
      "{\"status\":\"SCHEDULED\",\"publishAt\":\"2026-12-01T07:00:00Z\","
          + "\"unpublishAt\":\"2027-01-01T07:00:00Z\"}";

  private static final String EDITORS_ONLY =
      " Needs the role administrator or national-editor, or regional-editor for a region of the"
          + " caller's own regions.";

  private static final String NATIONAL_ONLY =
      " Needs the role administrator or national-editor (regional editors edit their regions but"
          + " do not create, delete or restore regions).";

  private static final String IF_MATCH =
      "The ETag of the version the change was made on, such as \"v3\"";

  @Inject private RegionRepository regions;
  @Inject private RegionEditing editing;
  @Inject private Editors editors;

  @Context private UriInfo uriInfo;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;

  /** All published regions, by name. */
  @GET
  @Operation(
      operationId = "listRegions",
      summary = "List published regions",
      description = "All published landsdelen, by name.")
  @APIResponse(
      responseCode = "200",
      description = "List published regions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = RegionView.class)))
  @APIResponse(responseCode = "400", ref = ApiModelReader.INVALID_PARAMETERS)
  public List<RegionView> list(@QueryParam(ApiLanguage.PARAMETER) String lang) {
    Optional<ApiLanguage> language = ApiLanguage.read(lang);
    return ApiLanguage.represent(
        regions.findPublished(Instant.now()).stream().map(RegionView::of).toList(), language);
  }

  /** One published region by slug. */
  @GET
  @Path(PathSlugs.TEMPLATE)
  @Operation(operationId = "getRegion", summary = "Get one published region")
  @APIResponse(
      responseCode = "200",
      description = "Get one published region",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegionView.class)))
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  @APIResponse(responseCode = "400", ref = ApiModelReader.INVALID_PARAMETERS)
  public RegionView get(
      @Parameter(description = "The region's slug", example = "noord") @PathParam("slug")
          String slug,
      @QueryParam(ApiLanguage.PARAMETER) String lang) {
    Optional<ApiLanguage> language = ApiLanguage.read(lang);
    Instant now = Instant.now();
    return PathSlugs.findVisible(slug, regions::findBySlug, now)
        .map(RegionView::of)
        .map(view -> ApiLanguage.represent(view, language))
        .orElseThrow(() -> new NotFoundException("No published region " + slug));
  }

  /** One region in any state, as an editor sees it. */
  @GET
  @Path(PathSlugs.TEMPLATE + "/editable")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "getEditableRegion",
      summary = "Get a region for editing",
      description =
          "The region in any state (draft, scheduled, published, deleted) with its version; the"
              + " ETag is what If-Match names in a change."
              + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The region and its state",
      headers = @Header(name = "ETag", description = "The version, such as \"v3\""),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegionEditView.class)))
  public Response editable(
      @PathParam("slug") String slug,
      @Parameter(
              description =
                  "Shows each text in one language, for display (a change sends both languages)")
          @QueryParam(ApiLanguage.PARAMETER)
          String lang) {
    Optional<ApiLanguage> language = ApiLanguage.read(lang);
    ContentDocument<RegionInput> document = editing.read(editor(), slug);
    return EditingRequests.answer(
        ApiLanguage.represent(RegionEditView.of(document), language), document.version());
  }

  /** Creates a draft region. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "createRegion",
      summary = "Create a region",
      description =
          "Creates a draft region; publish it with PUT /api/v1/regions/{slug}/publication. The"
              + " ambitions are plain text."
              + " Without a slug (absent or blank) one is derived from the name, -2, -3 … added when"
              + " taken."
              + NATIONAL_ONLY)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegionInput.class),
              examples = @ExampleObject(name = "region", value = REGION_INPUT_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "The new draft; Location names the region, ETag its version",
      headers = {
        @Header(name = "Location", description = "/api/v1/regions/{slug}"),
        @Header(name = "ETag", description = "The version, \"v1\"")
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegionEditView.class)))
  public Response create(String body) {
    ContentDocument<RegionInput> created =
        editing.create(editor(), JsonBodies.read(body, RegionInput.class));
    return EditingRequests.created(
        uriInfo, created.slug(), RegionEditView.of(created), created.version());
  }

  /** Changes a region. */
  @PUT
  @Path(PathSlugs.TEMPLATE)
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "updateRegion",
      summary = "Change a region",
      description =
          "Replaces the region's fields (the slug stays; absent optional fields are cleared)."
              + " Requires If-Match with the version the change was made on."
              + EDITORS_ONLY)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegionInput.class),
              examples = @ExampleObject(name = "region", value = REGION_INPUT_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "The changed region; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegionEditView.class)))
  public Response update(
      @PathParam("slug") String slug,
      @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
      String body) {
    long version = Preconditions.requiredVersion(headers);
    RegionInput input = JsonBodies.read(body, RegionInput.class);
    return answer(Preconditions.guard(() -> editing.update(editor(), slug, version, input)));
  }

  /** Deletes a region softly. */
  @DELETE
  @Path(PathSlugs.TEMPLATE)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "deleteRegion",
      summary = "Delete a region",
      description =
          "Deletes the region softly: it leaves the site at once, and POST"
              + " /api/v1/regions/{slug}/restore brings it back. Requires If-Match."
              + NATIONAL_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The deleted region (deletedAt set); ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegionEditView.class)))
  @APIResponse(responseCode = "422", ref = ApiModelReader.INVALID_CONTENT)
  public Response delete(
      @PathParam("slug") String slug,
      @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
    long version = Preconditions.requiredVersion(headers);
    return answer(Preconditions.guard(() -> editing.delete(editor(), slug, version)));
  }

  /** Restores a softly deleted region. */
  @POST
  @Path(PathSlugs.TEMPLATE + "/restore")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "restoreRegion",
      summary = "Restore a deleted region",
      description =
          "Undoes a delete; the region gets back the publication state it had. Requires"
              + " If-Match."
              + NATIONAL_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The restored region; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegionEditView.class)))
  @APIResponse(responseCode = "422", ref = ApiModelReader.INVALID_CONTENT)
  public Response restore(
      @PathParam("slug") String slug,
      @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
    long version = Preconditions.requiredVersion(headers);
    return answer(Preconditions.guard(() -> editing.restore(editor(), slug, version)));
  }

  /** Publishes, schedules or unpublishes a region. */
  @PUT
  @Path(PathSlugs.TEMPLATE + "/publication")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "setRegionPublication",
      summary = "Publish, schedule or unpublish a region",
      description =
          "{\"status\":\"PUBLISHED\"} publishes now (optionally with \"unpublishAt\");"
              + " {\"status\":\"SCHEDULED\",\"publishAt\":…} publishes at that moment (optionally"
              + " until \"unpublishAt\"), and {\"status\":\"SCHEDULED\",\"unpublishAt\":…} alone"
              + " ends a published region then; {\"status\":\"DRAFT\"} takes it off the site."
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
      description = "The region with its new state; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegionEditView.class)))
  public Response publication(
      @PathParam("slug") String slug,
      @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
      String body) {
    long version = Preconditions.requiredVersion(headers);
    return answer(EditingRequests.publication(editing, editor(), slug, version, body));
  }

  /** The revisions of a region. */
  @GET
  @Path(PathSlugs.TEMPLATE + "/revisions")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "listRegionRevisions",
      summary = "List a region's revisions",
      description = "Every save of the region, newest first." + EDITORS_ONLY)
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

  /** The fields of a region in one revision. */
  @GET
  @Path(PathSlugs.TEMPLATE + "/revisions/{number: [0-9]{1,18}}")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "getRegionRevision",
      summary = "Get a region's revision",
      description = "The region's fields as that save left them." + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The fields",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegionInput.class)))
  public RegionInput revision(@PathParam("slug") String slug, @PathParam("number") long number) {
    return editing.revision(editor(), slug, number);
  }

  /** What changed between two revisions. */
  @GET
  @Path(PathSlugs.TEMPLATE + "/revisions/{number: [0-9]{1,18}}/changes")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "compareRegionRevisions",
      summary = "Compare two revisions of a region",
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
      operationId = "restoreRegionRevision",
      summary = "Restore a revision of a region",
      description =
          "Saves the revision's fields as a new revision; the publication state stays as it is."
              + " Requires If-Match."
              + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The region with the restored fields; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RegionEditView.class)))
  @APIResponse(responseCode = "422", ref = ApiModelReader.INVALID_CONTENT)
  public Response restoreRevision(
      @PathParam("slug") String slug,
      @PathParam("number") long number,
      @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
    long version = Preconditions.requiredVersion(headers);
    return answer(
        Preconditions.guard(() -> editing.restoreRevision(editor(), slug, number, version)));
  }

  private Editor editor() {
    return EditingRequests.editor(editors, security);
  }

  private static Response answer(ContentDocument<RegionInput> document) {
    return EditingRequests.answer(RegionEditView.of(document), document.version());
  }
}
