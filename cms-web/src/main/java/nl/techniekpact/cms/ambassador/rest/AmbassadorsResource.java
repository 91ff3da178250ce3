package nl.techniekpact.cms.ambassador.rest;

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
import nl.techniekpact.cms.ambassador.editing.AmbassadorEditing;
import nl.techniekpact.cms.ambassador.editing.AmbassadorInput;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.rest.EditingRequests;
import nl.techniekpact.cms.publishing.rest.JsonBodies;
import nl.techniekpact.cms.publishing.rest.PublicationRequest;
import nl.techniekpact.cms.publishing.rest.RevisionView;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.rest.ApiLanguage;
import nl.techniekpact.cms.rest.PathSlugs;
import nl.techniekpact.cms.rest.Preconditions;
import nl.techniekpact.cms.rest.openapi.ApiModelReader;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.model.ambassador.AmbassadorRepository;
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
 * Ambassadors at {@code /api/v1/ambassadors}. For everyone: the published aanjager and
 * ambassadeurs, aanjager first, and one by slug. For editors (through {@link AmbassadorEditing},
 * the same rules as the back office): create, change, delete and restore, publish, unpublish and
 * schedule, revisions and their restore; a regional editor only the ambassadors of their own
 * regions. Changes name the version they were made on with {@code If-Match} ({@link
 * Preconditions}).
 */
@Path("ambassadors")
@Tag(name = "ambassadors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AmbassadorsResource {

  static final String AMBASSADOR_INPUT_EXAMPLE =
      "{\"slug\":\"andre-kuipers\",\"name\":\"André Kuipers\",\"role\":\"AMBASSADEUR\","
          + "\"teaser\":{\"nl\":\"Sciencefictionboekjes waren zijn inspiratie.\"},"
          + "\"profile\":{\"nl\":\"Eerste alinea.\\n\\nTweede alinea.\"},"
          + "\"photo\":{\"location\":\"/media/12/card\",\"altText\":\"André Kuipers voor een"
          + " klas\"},\"goals\":[4],\"region\":\"noord-nederland\"}";

  static final String PUBLICATION_EXAMPLE =
      "{\"status\":\"SCHEDULED\",\"publishAt\":\"2026-12-01T07:00:00Z\","
          + "\"unpublishAt\":\"2027-01-01T07:00:00Z\"}";

  private static final String EDITORS_ONLY =
      " Needs the role administrator or national-editor, or regional-editor for an ambassador of"
          + " the caller's own regions (before and after the change).";

  private static final String IF_MATCH =
      "The ETag of the version the change was made on, such as \"v3\"";

  @Inject private AmbassadorRepository ambassadors;
  @Inject private AmbassadorEditing editing;
  @Inject private Editors editors;

  @Context private UriInfo uriInfo;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;

  /** All published ambassadors, aanjager first. */
  @GET
  @Operation(
      operationId = "listAmbassadors",
      summary = "List published ambassadors",
      description = "The aanjager first, then the ambassadors.")
  @APIResponse(
      responseCode = "200",
      description = "List published ambassadors",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = AmbassadorView.class)))
  @APIResponse(responseCode = "400", ref = ApiModelReader.INVALID_PARAMETERS)
  public List<AmbassadorView> list(@QueryParam(ApiLanguage.PARAMETER) String lang) {
    Optional<ApiLanguage> language = ApiLanguage.read(lang);
    return ApiLanguage.represent(
        ambassadors.findPublished(Instant.now()).stream().map(AmbassadorView::of).toList(),
        language);
  }

  /** One published ambassador by slug. */
  @GET
  @Path(PathSlugs.TEMPLATE)
  @Operation(operationId = "getAmbassador", summary = "Get one published ambassador")
  @APIResponse(
      responseCode = "200",
      description = "Get one published ambassador",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AmbassadorView.class)))
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  @APIResponse(responseCode = "400", ref = ApiModelReader.INVALID_PARAMETERS)
  public AmbassadorView get(
      @Parameter(description = "The ambassador's slug") @PathParam("slug") String slug,
      @QueryParam(ApiLanguage.PARAMETER) String lang) {
    Optional<ApiLanguage> language = ApiLanguage.read(lang);
    Instant now = Instant.now();
    return PathSlugs.findVisible(slug, ambassadors::findBySlug, now)
        .map(AmbassadorView::of)
        .map(view -> ApiLanguage.represent(view, language))
        .orElseThrow(() -> new NotFoundException("No published ambassador " + slug));
  }

  /** One ambassador in any state, as an editor sees it. */
  @GET
  @Path(PathSlugs.TEMPLATE + "/editable")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "getEditableAmbassador",
      summary = "Get a ambassador for editing",
      description =
          "The ambassador in any state (draft, scheduled, published, deleted) with its version; the"
              + " ETag is what If-Match names in a change."
              + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The ambassador and its state",
      headers = @Header(name = "ETag", description = "The version, such as \"v3\""),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AmbassadorEditView.class)))
  public Response editable(
      @PathParam("slug") String slug,
      @Parameter(
              description =
                  "Shows each text in one language, for display (a change sends both languages)")
          @QueryParam(ApiLanguage.PARAMETER)
          String lang) {
    Optional<ApiLanguage> language = ApiLanguage.read(lang);
    ContentDocument<AmbassadorInput> document = editing.read(editor(), slug);
    return EditingRequests.answer(
        ApiLanguage.represent(AmbassadorEditView.of(document), language), document.version());
  }

  /** Creates a draft ambassador. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "createAmbassador",
      summary = "Create a ambassador",
      description =
          "Creates a draft ambassador; publish it with PUT /api/v1/ambassadors/{slug}/publication."
              + " Teaser and profile are plain text (blank lines separate the profile's"
              + " paragraphs); the photo names an image of the media library (or elsewhere) with"
              + " its alternative text; region and goals must exist."
              + " Without a slug (absent or blank) one is derived from the name, -2, -3 … added when"
              + " taken."
              + EDITORS_ONLY)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AmbassadorInput.class),
              examples = @ExampleObject(name = "ambassador", value = AMBASSADOR_INPUT_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "The new draft; Location names the ambassador, ETag its version",
      headers = {
        @Header(name = "Location", description = "/api/v1/ambassadors/{slug}"),
        @Header(name = "ETag", description = "The version, \"v1\"")
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AmbassadorEditView.class)))
  public Response create(String body) {
    ContentDocument<AmbassadorInput> created =
        editing.create(editor(), JsonBodies.read(body, AmbassadorInput.class));
    return EditingRequests.created(
        uriInfo, created.slug(), AmbassadorEditView.of(created), created.version());
  }

  /** Changes a ambassador. */
  @PUT
  @Path(PathSlugs.TEMPLATE)
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "updateAmbassador",
      summary = "Change a ambassador",
      description =
          "Replaces the ambassador's fields (the slug stays; absent optional fields are cleared)."
              + " Requires If-Match with the version the change was made on."
              + EDITORS_ONLY)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AmbassadorInput.class),
              examples = @ExampleObject(name = "ambassador", value = AMBASSADOR_INPUT_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "The changed ambassador; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AmbassadorEditView.class)))
  public Response update(
      @PathParam("slug") String slug,
      @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
      String body) {
    long version = Preconditions.requiredVersion(headers);
    AmbassadorInput input = JsonBodies.read(body, AmbassadorInput.class);
    return answer(Preconditions.guard(() -> editing.update(editor(), slug, version, input)));
  }

  /** Deletes a ambassador softly. */
  @DELETE
  @Path(PathSlugs.TEMPLATE)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "deleteAmbassador",
      summary = "Delete a ambassador",
      description =
          "Deletes the ambassador softly: it leaves the site at once, and POST"
              + " /api/v1/ambassadors/{slug}/restore brings it back. Requires If-Match."
              + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The deleted ambassador (deletedAt set); ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AmbassadorEditView.class)))
  @APIResponse(responseCode = "422", ref = ApiModelReader.INVALID_CONTENT)
  public Response delete(
      @PathParam("slug") String slug,
      @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
    long version = Preconditions.requiredVersion(headers);
    return answer(Preconditions.guard(() -> editing.delete(editor(), slug, version)));
  }

  /** Restores a softly deleted ambassador. */
  @POST
  @Path(PathSlugs.TEMPLATE + "/restore")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "restoreAmbassador",
      summary = "Restore a deleted ambassador",
      description =
          "Undoes a delete; the ambassador gets back the publication state it had. Requires"
              + " If-Match."
              + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The restored ambassador; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AmbassadorEditView.class)))
  @APIResponse(responseCode = "422", ref = ApiModelReader.INVALID_CONTENT)
  public Response restore(
      @PathParam("slug") String slug,
      @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
    long version = Preconditions.requiredVersion(headers);
    return answer(Preconditions.guard(() -> editing.restore(editor(), slug, version)));
  }

  /** Publishes, schedules or unpublishes a ambassador. */
  @PUT
  @Path(PathSlugs.TEMPLATE + "/publication")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "setAmbassadorPublication",
      summary = "Publish, schedule or unpublish a ambassador",
      description =
          "{\"status\":\"PUBLISHED\"} publishes now (optionally with \"unpublishAt\");"
              + " {\"status\":\"SCHEDULED\",\"publishAt\":…} publishes at that moment (optionally"
              + " until \"unpublishAt\"), and {\"status\":\"SCHEDULED\",\"unpublishAt\":…} alone"
              + " ends a published ambassador then; {\"status\":\"DRAFT\"} takes it off the site."
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
      description = "The ambassador with its new state; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AmbassadorEditView.class)))
  public Response publication(
      @PathParam("slug") String slug,
      @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
      String body) {
    long version = Preconditions.requiredVersion(headers);
    return answer(EditingRequests.publication(editing, editor(), slug, version, body));
  }

  /** The revisions of a ambassador. */
  @GET
  @Path(PathSlugs.TEMPLATE + "/revisions")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "listAmbassadorRevisions",
      summary = "List a ambassador's revisions",
      description = "Every save of the ambassador, newest first." + EDITORS_ONLY)
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

  /** The fields of a ambassador in one revision. */
  @GET
  @Path(PathSlugs.TEMPLATE + "/revisions/{number: [0-9]{1,18}}")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "getAmbassadorRevision",
      summary = "Get a ambassador's revision",
      description = "The ambassador's fields as that save left them." + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The fields",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AmbassadorInput.class)))
  public AmbassadorInput revision(
      @PathParam("slug") String slug, @PathParam("number") long number) {
    return editing.revision(editor(), slug, number);
  }

  /** What changed between two revisions. */
  @GET
  @Path(PathSlugs.TEMPLATE + "/revisions/{number: [0-9]{1,18}}/changes")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "compareAmbassadorRevisions",
      summary = "Compare two revisions of a ambassador",
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
      operationId = "restoreAmbassadorRevision",
      summary = "Restore a revision of a ambassador",
      description =
          "Saves the revision's fields as a new revision; the publication state stays as it is."
              + " Requires If-Match."
              + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The ambassador with the restored fields; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AmbassadorEditView.class)))
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

  private static Response answer(ContentDocument<AmbassadorInput> document) {
    return EditingRequests.answer(AmbassadorEditView.of(document), document.version());
  }
}
