package nl.techniekpact.cms.organisation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
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
import java.util.OptionalInt;
import nl.techniekpact.cms.organisation.editing.OrganisationEditing;
import nl.techniekpact.cms.organisation.editing.OrganisationInput;
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
import nl.techniekpact.model.organisation.Organisation;
import nl.techniekpact.model.organisation.OrganisationRepository;
import nl.techniekpact.model.region.Region;
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
 * The partner organisations at {@code /api/v1/organisations}, by name, optionally of one region
 * ({@code ?region=zuid-nederland}), and one by slug. Organisations have no drafts; all are public.
 * Administrators and national editors also create, change, delete (softly) and restore them
 * (through {@link OrganisationEditing}, the rules of the back office), see their revisions and
 * restore one; a change names the version it was made on with {@code If-Match} ({@link
 * Preconditions}).
 *
 * <pre>
 * POST   /api/v1/organisations                               → 201, Location, ETag: "v1"
 * PUT    /api/v1/organisations/techniek-werkt   If-Match: "v1"   → ETag: "v2"
 * DELETE /api/v1/organisations/techniek-werkt   If-Match: "v2"   → 204, or 409 while cases name it
 * POST   /api/v1/organisations/techniek-werkt/restore   If-Match: "v3"   → 200, ETag: "v4"
 * </pre>
 */
@Path("organisations")
@Tag(name = "organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

  @Inject private OrganisationRepository organisations;
  @Inject private RegionRepository regions;
  @Inject private OrganisationEditing editing;
  @Inject private Editors editors;

  @Context private UriInfo uriInfo;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;
  @Context private HttpServletRequest servletRequest;

  /** All organisations, or those of a published region, by name. */
  @GET
  @Operation(
      operationId = "listOrganisations",
      summary = "List organisations",
      description = "All partner organisations, or those of one region, by name.")
  @APIResponse(
      responseCode = "200",
      description = "List organisations",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = OrganisationView.class)))
  public List<OrganisationView> list(
      @Parameter(description = "Slug of a published region", example = "noord")
          @QueryParam("region")
          String region,
      @Parameter(
              description = ApiLanguage.DESCRIPTION,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"nl", "en"}))
          @QueryParam(ApiLanguage.PARAMETER)
          String lang) {
    Instant now = Instant.now();
    ParameterCheck check = new ParameterCheck();
    Optional<Region> inRegion =
        check.known(
            "region", region, slug -> PathSlugs.findVisible(slug, regions::findBySlug, now));
    ApiLanguage.read(check, lang); // organisations have no translated texts; checked all the same
    check.done();
    List<Organisation> found =
        inRegion.map(organisations::findByRegion).orElseGet(organisations::findAll);
    return found.stream().map(OrganisationView::of).toList();
  }

  /** One organisation by slug. */
  @GET
  @Path(PathSlugs.TEMPLATE)
  @Operation(operationId = "getOrganisation", summary = "Get one organisation")
  @APIResponse(
      responseCode = "200",
      description = "Get one organisation",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganisationView.class)))
  public OrganisationView get(
      @Parameter(description = "The organisation's slug") @PathParam("slug") String slug) {
    return PathSlugs.parse(slug)
        .flatMap(organisations::findBySlug)
        .filter(o -> !o.isDeleted())
        .map(
            o -> {
              // its version is its ETag, so a change can name it in If-Match
              Preconditions.tagAnswer(servletRequest, o.getVersion());
              return OrganisationView.of(o);
            })
        .orElseThrow(() -> new NotFoundException("No organisation " + slug));
  }

  /** One organisation as an editor sees it, with its version. */
  @GET
  @Path(PathSlugs.TEMPLATE + "/editable")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "getEditableOrganisation",
      summary = "Get an organisation for editing",
      description =
          "The organisation with its version; the ETag is what If-Match names in a change."
              + OrganisationWrites.EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The organisation and its version",
      headers = @Header(name = "ETag", description = "The version, such as \"v3\""),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganisationEditView.class),
              examples =
                  @ExampleObject(name = "organisation", value = OrganisationWrites.EDIT_EXAMPLE)))
  public Response editable(@PathParam("slug") String slug) {
    return answer(editing.read(editor(), slug));
  }

  /** Creates an organisation. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "createOrganisation",
      summary = "Create an organisation",
      description =
          "Creates a partner organisation; it is public at once (organisations have no drafts)."
              + " The slug is fixed once created; the region, when given, must exist; the website"
              + " is an absolute http or https address."
              + " Without a slug (absent or blank) one is derived from the name, -2, -3 … added when"
              + " taken."
              + OrganisationWrites.EDITORS_ONLY)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganisationInput.class),
              examples =
                  @ExampleObject(name = "organisation", value = OrganisationWrites.INPUT_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "The new organisation; Location names it, ETag its version",
      headers = {
        @Header(name = "Location", description = "/api/v1/organisations/{slug}"),
        @Header(name = "ETag", description = "The version, \"v1\"")
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganisationEditView.class),
              examples =
                  @ExampleObject(name = "organisation", value = OrganisationWrites.EDIT_EXAMPLE)))
  public Response create(String body) {
    EditedItem<OrganisationInput> created =
        editing.create(editor(), JsonBodies.read(body, OrganisationInput.class));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.content().slug()).build())
        .entity(OrganisationEditView.of(created))
        .tag(Preconditions.tag(created.version()))
        .build();
  }

  /** Changes an organisation. */
  @PUT
  @Path(PathSlugs.TEMPLATE)
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "updateOrganisation",
      summary = "Change an organisation",
      description =
          "Replaces the organisation's fields (the slug stays; absent optional fields are"
              + " cleared). Requires If-Match with the version the change was made on."
              + OrganisationWrites.EDITORS_ONLY)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganisationInput.class),
              examples =
                  @ExampleObject(name = "organisation", value = OrganisationWrites.INPUT_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "The changed organisation; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganisationEditView.class)))
  public Response update(
      @PathParam("slug") String slug,
      @Parameter(description = OrganisationWrites.IF_MATCH, required = true)
          @HeaderParam("If-Match")
          String ifMatch,
      String body) {
    long version = Preconditions.requiredVersion(headers);
    OrganisationInput input = JsonBodies.read(body, OrganisationInput.class);
    return answer(Preconditions.guard(() -> editing.update(editor(), slug, version, input)));
  }

  /** Deletes an organisation softly, or purges a deleted one. */
  @DELETE
  @Path(PathSlugs.TEMPLATE)
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "deleteOrganisation",
      summary = "Delete an organisation",
      description =
          "Deletes the organisation softly: it leaves the site, the API and the pickers at once,"
              + " keeps its slug, and POST /api/v1/organisations/{slug}/restore brings it back"
              + " (GET /api/v1/trash lists the deleted ones). Refused with 409 while a case that"
              + " is not deleted names it as partner: the problem's usedBy lists those cases."
              + " With purge=true an administrator removes a deleted organisation for good, once"
              + " no case at all names it. Requires If-Match."
              + OrganisationWrites.EDITORS_ONLY)
  @APIResponse(responseCode = "204", description = "Deleted (or purged)")
  @APIResponse(responseCode = "409", ref = ApiModelReader.CONTENT_IN_USE)
  public Response delete(
      @PathParam("slug") String slug,
      @Parameter(description = OrganisationWrites.IF_MATCH, required = true)
          @HeaderParam("If-Match")
          String ifMatch,
      @Parameter(description = OrganisationWrites.PURGE) @QueryParam("purge") boolean purge) {
    long version = Preconditions.requiredVersion(headers);
    Preconditions.guard(
        () -> {
          if (purge) {
            editing.items().purge(editor(), slug, version);
          } else {
            editing.items().delete(editor(), slug, version);
          }
          return slug;
        });
    return Response.noContent().build();
  }

  /** Restores a softly deleted organisation. */
  @POST
  @Path(PathSlugs.TEMPLATE + "/restore")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "restoreOrganisation",
      summary = "Restore a deleted organisation",
      description =
          "Undoes a soft delete: the organisation is public again as it was. Requires If-Match."
              + OrganisationWrites.EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The restored organisation; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganisationEditView.class)))
  public Response restore(
      @PathParam("slug") String slug,
      @Parameter(description = OrganisationWrites.IF_MATCH, required = true)
          @HeaderParam("If-Match")
          String ifMatch) {
    long version = Preconditions.requiredVersion(headers);
    return answer(Preconditions.guard(() -> editing.items().restore(editor(), slug, version)));
  }

  /** The revisions of an organisation. */
  @GET
  @Path(PathSlugs.TEMPLATE + "/revisions")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "listOrganisationRevisions",
      summary = "List an organisation's revisions",
      description =
          "Every save of the organisation, newest first." + OrganisationWrites.EDITORS_ONLY)
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

  /** The fields of an organisation in one revision. */
  @GET
  @Path(PathSlugs.TEMPLATE + "/revisions/{number: [0-9]{1,18}}")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "getOrganisationRevision",
      summary = "Get an organisation's revision",
      description =
          "The organisation's fields as that save left them." + OrganisationWrites.EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The fields",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganisationInput.class)))
  public OrganisationInput revision(
      @PathParam("slug") String slug, @PathParam("number") long number) {
    return editing.revision(editor(), slug, number);
  }

  /** What changed between two revisions. */
  @GET
  @Path(PathSlugs.TEMPLATE + "/revisions/{number: [0-9]{1,18}}/changes")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "compareOrganisationRevisions",
      summary = "Compare two revisions of an organisation",
      description =
          "The fields that differ between revision {number} and an older one (parameter"
              + " since), with both values as JSON text."
              + OrganisationWrites.EDITORS_ONLY)
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
    return editing.compare(editor(), slug, older.orElse(1), number);
  }

  /** Restores the fields of a revision as a new save. */
  @POST
  @Path(PathSlugs.TEMPLATE + "/revisions/{number: [0-9]{1,18}}/restore")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "restoreOrganisationRevision",
      summary = "Restore a revision of an organisation",
      description =
          "Saves the revision's fields as a new revision. Requires If-Match."
              + OrganisationWrites.EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The organisation with the restored fields; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = OrganisationEditView.class)))
  public Response restoreRevision(
      @PathParam("slug") String slug,
      @PathParam("number") long number,
      @Parameter(description = OrganisationWrites.IF_MATCH, required = true)
          @HeaderParam("If-Match")
          String ifMatch) {
    long version = Preconditions.requiredVersion(headers);
    return answer(
        Preconditions.guard(() -> editing.restoreRevision(editor(), slug, number, version)));
  }

  private Editor editor() {
    return ApiEditors.caller(editors, security);
  }

  private static Response answer(EditedItem<OrganisationInput> item) {
    return Response.ok(OrganisationEditView.of(item))
        .tag(Preconditions.tag(item.version()))
        .build();
  }
}
