package nl.techniekpact.cms.plugin.content.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
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
import nl.techniekpact.cms.plugin.content.PluginItemDocument;
import nl.techniekpact.cms.plugin.content.PluginItemEditing;
import nl.techniekpact.cms.plugin.content.PluginItemInput;
import nl.techniekpact.cms.publishing.ContentRights;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.FieldErrors;
import nl.techniekpact.cms.publishing.rest.JsonBodies;
import nl.techniekpact.cms.publishing.rest.PublicationRequest;
import nl.techniekpact.cms.publishing.rest.RevisionView;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.rest.PageRequest;
import nl.techniekpact.cms.rest.ParameterCheck;
import nl.techniekpact.cms.rest.PathSlugs;
import nl.techniekpact.cms.rest.Preconditions;
import nl.techniekpact.cms.rest.openapi.ApiModelReader;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.cms.security.authentication.CmsAuthenticationMechanism;
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
 * Items of plugins' content types at {@code /api/v1/content/{plugin}/{type}}: the same rules as the
 * back office ({@link PluginItemEditing}, on the one {@code ContentEditor}). Changes name the
 * version they were made on with {@code If-Match}. Plugins show their published items on their own
 * pages and endpoints (plugin API {@code PluginContext.items()}).
 *
 * <pre>
 * GET  /api/v1/content                                           the types and their fields
 * POST /api/v1/content/example-internships/internship-place      {"slug":…,"fields":{…}}
 * PUT  /api/v1/content/example-internships/internship-place/monteur-noord/publication
 *      If-Match: "v1"   {"status":"PUBLISHED"}
 * </pre>
 */
@Path("content")
@Tag(name = "content")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
@SecurityRequirement(name = ApiModelReader.BASIC)
@SecurityRequirement(name = ApiModelReader.BEARER)
public class PluginContentResource {

  static final String TYPE = "{plugin: [a-z0-9][a-z0-9-]{0,63}}/{type: [a-z][a-z0-9-]{0,62}}";

  static final String ITEM = TYPE + "/" + PathSlugs.TEMPLATE;

  static final String INPUT_EXAMPLE =
      "{\"slug\":\"monteur-noord\",\"fields\":{\"title\":{\"nl\":\"Monteur installatietechniek\","
          + "\"en\":\"Installation mechanic\"},\"organisation\":{\"nl\":\"Installatiebedrijf"
          + " Noord\"},\"region\":\"noord-nederland\",\"places\":4}}";

  private static final String EDITORS_ONLY =
      " Needs the role administrator or national-editor, or regional-editor for an item whose"
          + " region is one of the caller's (before and after the change). Only the types of a"
          + " running plugin can be edited; a removed plugin's items stay stored.";

  private static final String IF_MATCH =
      "The ETag of the version the change was made on, such as \"v3\"";

  @Inject private PluginItemEditing editing;
  @Inject private Editors editors;

  @Context private UriInfo uriInfo;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;

  /** The content types of the running plugins. */
  @GET
  @Operation(
      operationId = "listPluginContentTypes",
      summary = "List the content types of running plugins",
      description =
          "Every content type a running plugin defines, with its fields (key, labels, type,"
              + " required, maximum length) and the address of its items."
              + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The types",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ContentTypeView.class)))
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  public List<ContentTypeView> types() {
    ContentRights.requireMayEditContent(editor());
    return editing.contentTypes().stream().map(ContentTypeView::of).toList();
  }

  /** A page of the items of a type the caller may edit. */
  @GET
  @Path(TYPE)
  @Operation(
      operationId = "listPluginItems",
      summary = "List the items of a plugin's content type",
      description =
          "The items the caller may edit, in any state (deleted ones included), newest first;"
              + " Link headers name the other pages."
              + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "A page of items",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PluginItemPageView.class)))
  @APIResponse(responseCode = "400", ref = ApiModelReader.INVALID_PARAMETERS)
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  public Response list(
      @PathParam("plugin") String plugin,
      @PathParam("type") String type,
      @Parameter(
              description = "Page number, from 1",
              schema = @Schema(type = SchemaType.INTEGER, defaultValue = "1", minimum = "1"))
          @QueryParam("page")
          String page,
      @Parameter(
              description = "Items per page, 1 to 100",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      defaultValue = "20",
                      minimum = "1",
                      maximum = "100"))
          @QueryParam("size")
          String size) {
    ParameterCheck check = new ParameterCheck();
    PageRequest paging = PageRequest.read(check, page, size);
    check.done();
    Editor who = editor();
    long total = editing.count(who, plugin, type);
    List<PluginItemView> items =
        paging.isBeyond(total)
            ? List.of()
            : editing.list(who, plugin, type, paging.window()).stream()
                .map(PluginItemView::of)
                .toList();
    return paging.respond(items, total, uriInfo);
  }

  /** Creates a draft item. */
  @POST
  @Path(TYPE)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createPluginItem",
      summary = "Create an item of a plugin's content type",
      description =
          "Creates a draft; publish it with PUT …/{slug}/publication. The fields are checked"
              + " against the plugin's field definitions (required, type, length; regions and"
              + " goals must exist); rich text is sanitized."
              + EDITORS_ONLY)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PluginItemInput.class),
              examples = @ExampleObject(name = "internship place", value = INPUT_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "The new draft; Location names the item, ETag its version",
      headers = {
        @Header(name = "Location", description = "The item's address"),
        @Header(name = "ETag", description = "The version, such as \"v1\"")
      },
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PluginItemView.class)))
  @APIResponse(responseCode = "400", ref = ApiModelReader.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  @APIResponse(responseCode = "415", ref = ApiModelReader.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "422", ref = ApiModelReader.INVALID_CONTENT)
  public Response create(
      @PathParam("plugin") String plugin, @PathParam("type") String type, String body) {
    PluginItemDocument created =
        editing.create(editor(), plugin, type, JsonBodies.read(body, PluginItemInput.class));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(created.slug()).build())
        .entity(PluginItemView.of(created))
        .tag(Preconditions.tag(created.version()))
        .build();
  }

  /** One item in any state. */
  @GET
  @Path(ITEM)
  @Operation(
      operationId = "getPluginItem",
      summary = "Get an item of a plugin's content type for editing",
      description =
          "The item in any state with its version; the ETag is what If-Match names in a change."
              + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The item and its state",
      headers = @Header(name = "ETag", description = "The version, such as \"v3\""),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PluginItemView.class)))
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  public Response get(
      @PathParam("plugin") String plugin,
      @PathParam("type") String type,
      @PathParam("slug") String slug) {
    return answer(editing.read(editor(), plugin, type, slug));
  }

  /** Changes an item. */
  @PUT
  @Path(ITEM)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updatePluginItem",
      summary = "Change an item of a plugin's content type",
      description =
          "Replaces the item's fields (the slug stays; absent optional fields are cleared)."
              + " Requires If-Match."
              + EDITORS_ONLY)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PluginItemInput.class),
              examples = @ExampleObject(name = "internship place", value = INPUT_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "The changed item; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PluginItemView.class)))
  @APIResponse(responseCode = "400", ref = ApiModelReader.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ApiModelReader.PRECONDITION_FAILED)
  @APIResponse(responseCode = "415", ref = ApiModelReader.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "422", ref = ApiModelReader.INVALID_CONTENT)
  @APIResponse(responseCode = "428", ref = ApiModelReader.PRECONDITION_REQUIRED)
  public Response update(
      @PathParam("plugin") String plugin,
      @PathParam("type") String type,
      @PathParam("slug") String slug,
      @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
      String body) {
    long version = Preconditions.requiredVersion(headers);
    PluginItemInput input = JsonBodies.read(body, PluginItemInput.class);
    return answer(
        Preconditions.guard(() -> editing.update(editor(), plugin, type, slug, version, input)));
  }

  /** Deletes an item softly. */
  @DELETE
  @Path(ITEM)
  @Operation(
      operationId = "deletePluginItem",
      summary = "Delete an item of a plugin's content type",
      description =
          "Deletes softly: the item leaves the site at once, and POST …/{slug}/restore brings it"
              + " back. Requires If-Match."
              + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The deleted item; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PluginItemView.class)))
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ApiModelReader.PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", ref = ApiModelReader.INVALID_CONTENT)
  @APIResponse(responseCode = "428", ref = ApiModelReader.PRECONDITION_REQUIRED)
  public Response delete(
      @PathParam("plugin") String plugin,
      @PathParam("type") String type,
      @PathParam("slug") String slug,
      @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
    long version = Preconditions.requiredVersion(headers);
    return answer(Preconditions.guard(() -> editing.delete(editor(), plugin, type, slug, version)));
  }

  /** Restores a softly deleted item. */
  @POST
  @Path(ITEM + "/restore")
  @Operation(
      operationId = "restorePluginItem",
      summary = "Restore a deleted item of a plugin's content type",
      description =
          "Undoes a delete; the item gets back the publication state it had. Requires If-Match."
              + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The restored item; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PluginItemView.class)))
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ApiModelReader.PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", ref = ApiModelReader.INVALID_CONTENT)
  @APIResponse(responseCode = "428", ref = ApiModelReader.PRECONDITION_REQUIRED)
  public Response restore(
      @PathParam("plugin") String plugin,
      @PathParam("type") String type,
      @PathParam("slug") String slug,
      @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
    long version = Preconditions.requiredVersion(headers);
    return answer(
        Preconditions.guard(() -> editing.restore(editor(), plugin, type, slug, version)));
  }

  /** Publishes, schedules or unpublishes an item. */
  @PUT
  @Path(ITEM + "/publication")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setPluginItemPublication",
      summary = "Publish, schedule or unpublish an item of a plugin's content type",
      description =
          "{\"status\":\"PUBLISHED\"} publishes now (optionally with \"unpublishAt\");"
              + " {\"status\":\"SCHEDULED\",\"publishAt\":…} publishes at that moment (optionally"
              + " until \"unpublishAt\"); {\"status\":\"DRAFT\"} takes it off the site. Moments"
              + " are ISO-8601 and in the future. Requires If-Match."
              + EDITORS_ONLY)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PublicationRequest.class),
              examples = @ExampleObject(name = "publish", value = "{\"status\":\"PUBLISHED\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The item with its new state; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PluginItemView.class)))
  @APIResponse(responseCode = "400", ref = ApiModelReader.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ApiModelReader.PRECONDITION_FAILED)
  @APIResponse(responseCode = "415", ref = ApiModelReader.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "422", ref = ApiModelReader.INVALID_CONTENT)
  @APIResponse(responseCode = "428", ref = ApiModelReader.PRECONDITION_REQUIRED)
  public Response publication(
      @PathParam("plugin") String plugin,
      @PathParam("type") String type,
      @PathParam("slug") String slug,
      @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
      String body) {
    long version = Preconditions.requiredVersion(headers);
    FieldErrors errors = new FieldErrors();
    PublicationRequest.Checked wanted =
        JsonBodies.read(body, PublicationRequest.class).check(errors);
    errors.throwIfAny();
    Editor who = editor();
    return answer(
        Preconditions.guard(
            () ->
                switch (wanted.target()) {
                  case PUBLISHED ->
                      editing.publish(who, plugin, type, slug, version, wanted.unpublishAt());
                  case SCHEDULED ->
                      editing.schedule(
                          who,
                          plugin,
                          type,
                          slug,
                          version,
                          wanted.publishAt(),
                          wanted.unpublishAt());
                  case DRAFT -> editing.unpublish(who, plugin, type, slug, version);
                }));
  }

  /** The revisions of an item. */
  @GET
  @Path(ITEM + "/revisions")
  @Operation(
      operationId = "listPluginItemRevisions",
      summary = "List an item's revisions",
      description = "Every save of the item, newest first." + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The revisions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = RevisionView.class)))
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  public List<RevisionView> revisions(
      @PathParam("plugin") String plugin,
      @PathParam("type") String type,
      @PathParam("slug") String slug) {
    return editing.revisions(editor(), plugin, type, slug).stream().map(RevisionView::of).toList();
  }

  /** The fields of an item in one revision. */
  @GET
  @Path(ITEM + "/revisions/{number: [0-9]{1,18}}")
  @Operation(
      operationId = "getPluginItemRevision",
      summary = "Get an item's revision",
      description = "The item's fields as that save left them." + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The fields",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PluginItemInput.class)))
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  public PluginItemInput revision(
      @PathParam("plugin") String plugin,
      @PathParam("type") String type,
      @PathParam("slug") String slug,
      @PathParam("number") long number) {
    return editing.revision(editor(), plugin, type, slug, number);
  }

  /** What changed between two revisions. */
  @GET
  @Path(ITEM + "/revisions/{number: [0-9]{1,18}}/changes")
  @Operation(
      operationId = "comparePluginItemRevisions",
      summary = "Compare two revisions of an item",
      description =
          "The fields that differ between revision {number} and an older one (parameter since)."
              + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The changed fields",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = FieldChange.class)))
  @APIResponse(responseCode = "400", ref = ApiModelReader.INVALID_PARAMETERS)
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  public List<FieldChange> changes(
      @PathParam("plugin") String plugin,
      @PathParam("type") String type,
      @PathParam("slug") String slug,
      @PathParam("number") long number,
      @Parameter(description = "The older revision, 1 by default", example = "1")
          @QueryParam("since")
          String since) {
    ParameterCheck check = new ParameterCheck();
    OptionalInt older = check.optionalInteger("since", since == null ? "" : since, 1, 999_999_999);
    check.done();
    return editing.compare(editor(), plugin, type, slug, older.orElse(1), number);
  }

  /** Restores the fields of a revision as a new save. */
  @POST
  @Path(ITEM + "/revisions/{number: [0-9]{1,18}}/restore")
  @Operation(
      operationId = "restorePluginItemRevision",
      summary = "Restore a revision of an item",
      description =
          "Saves the revision's fields as a new revision; the publication state stays as it is."
              + " Requires If-Match."
              + EDITORS_ONLY)
  @APIResponse(
      responseCode = "200",
      description = "The item with the restored fields; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PluginItemView.class)))
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  @APIResponse(responseCode = "412", ref = ApiModelReader.PRECONDITION_FAILED)
  @APIResponse(responseCode = "422", ref = ApiModelReader.INVALID_CONTENT)
  @APIResponse(responseCode = "428", ref = ApiModelReader.PRECONDITION_REQUIRED)
  public Response restoreRevision(
      @PathParam("plugin") String plugin,
      @PathParam("type") String type,
      @PathParam("slug") String slug,
      @PathParam("number") long number,
      @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
    long version = Preconditions.requiredVersion(headers);
    return answer(
        Preconditions.guard(
            () -> editing.restoreRevision(editor(), plugin, type, slug, number, version)));
  }

  private Editor editor() {
    return editors
        .of(security.getUserPrincipal())
        .orElseThrow(
            () ->
                new NotAuthorizedException(
                    CmsAuthenticationMechanism.BASIC_CHALLENGE,
                    CmsAuthenticationMechanism.BEARER_CHALLENGE));
  }

  private static Response answer(PluginItemDocument document) {
    return Response.ok(PluginItemView.of(document))
        .tag(Preconditions.tag(document.version()))
        .build();
  }
}
