package nl.techniekpact.cms.media.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import nl.techniekpact.cms.media.MediaCaller;
import nl.techniekpact.cms.media.MediaItem;
import nl.techniekpact.cms.media.MediaLibrary;
import nl.techniekpact.cms.media.MediaRefusedException;
import nl.techniekpact.cms.publishing.rest.JsonBodies;
import nl.techniekpact.cms.rest.PageRequest;
import nl.techniekpact.cms.rest.ParameterCheck;
import nl.techniekpact.cms.rest.Preconditions;
import nl.techniekpact.cms.rest.openapi.ApiModelReader;
import nl.techniekpact.cms.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Encoding;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/media}: the media library for editors (national and regional) and administrators.
 *
 * <pre>
 * curl -u eva -F file=@klas.jpg -F "altText=Leerlingen bouwen een robot" https://…/api/v1/media
 * </pre>
 *
 * The rules are {@link MediaLibrary}'s; this class only reads the request and shapes the answer.
 */
@Path("media")
@RequestScoped
@Tag(name = "media")
@SecurityRequirement(name = ApiModelReader.BASIC)
@SecurityRequirement(name = ApiModelReader.BEARER)
@RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR})
public class MediaResource {

  static final String EXAMPLE =
      "{\"id\":12,\"location\":\"/media/3f2a9c0d1e5b7a4c8d21/card.jpg\","
          + "\"fileName\":\"klas-robot.jpg\",\"format\":\"JPEG\",\"width\":4000,\"height\":3000,"
          + "\"bytes\":2481503,\"altText\":{\"nl\":\"Leerlingen bouwen een robot\","
          + "\"en\":\"Pupils building a robot\"},\"variants\":["
          + "{\"name\":\"thumbnail\",\"location\":\"/media/3f2a9c0d1e5b7a4c8d21/thumbnail.jpg\","
          + "\"mediaType\":\"image/jpeg\",\"width\":320,\"height\":240,\"bytes\":14210},"
          + "{\"name\":\"card\",\"location\":\"/media/3f2a9c0d1e5b7a4c8d21/card.jpg\","
          + "\"mediaType\":\"image/jpeg\",\"width\":800,\"height\":600,\"bytes\":81234},"
          + "{\"name\":\"hero\",\"location\":\"/media/3f2a9c0d1e5b7a4c8d21/hero.jpg\","
          + "\"mediaType\":\"image/jpeg\",\"width\":1440,\"height\":1080,\"bytes\":301877}],"
          + "\"uploadedBy\":\"eva\",\"uploadedAt\":\"2026-11-28T07:30:00Z\"}";

  @Inject private MediaLibrary library;

  @Context private SecurityContext security;

  @Context private HttpServletRequest request;

  @Context private UriInfo uriInfo;

  @Context private HttpHeaders headers;

  /** Uploads an image with its alternative text. */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "uploadMedia",
      summary = "Upload an image",
      description =
          "A multipart form with the image in part `file` (JPEG, PNG or WebP, recognised by its"
              + " content, not its name or Content-Type), the Dutch alternative text in `altText`"
              + " (required) and the English one in `altTextEn` (optional). The thumbnail, card"
              + " and hero variants are made at once, upright and without metadata.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      requiredProperties = {"file", "altText"},
                      properties = {
                        @SchemaProperty(
                            name = "file",
                            type = SchemaType.STRING,
                            format = "binary",
                            description = "The image: JPEG, PNG or WebP"),
                        @SchemaProperty(
                            name = "altText",
                            type = SchemaType.STRING,
                            maxLength = 500,
                            description = "What the image shows, in Dutch",
                            example = "Leerlingen bouwen een robot"),
                        @SchemaProperty(
                            name = "altTextEn",
                            type = SchemaType.STRING,
                            maxLength = 500,
                            description = "What the image shows, in English",
                            example = "Pupils building a robot")
                      }),
              encoding =
                  @Encoding(name = "file", contentType = "image/jpeg, image/png, image/webp")))
  @APIResponse(
      responseCode = "201",
      description = "Stored; Location names the image",
      headers =
          @Header(
              name = "Location",
              description = "The image's address in the API",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MediaView.class),
              examples = @ExampleObject(name = "image", value = EXAMPLE)))
  @APIResponse(responseCode = "400", ref = ApiModelReader.BAD_REQUEST)
  @APIResponse(responseCode = "409", ref = ApiModelReader.MEDIA_DUPLICATE)
  @APIResponse(responseCode = "413", ref = ApiModelReader.IMAGE_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiModelReader.IMAGE_UNSUPPORTED)
  @APIResponse(responseCode = "422", ref = ApiModelReader.MEDIA_INVALID)
  public Response upload() {
    try {
      Part file = request.getPart("file");
      if (file == null) {
        throw new MediaRefusedException(
            MediaRefusedException.Reason.NO_FILE, "The form has no part named file.");
      }
      byte[] bytes;
      try (InputStream in = file.getInputStream()) {
        bytes = in.readAllBytes();
      }
      MediaItem image =
          library.upload(
              caller(),
              new MediaLibrary.Upload(
                  file.getSubmittedFileName(), bytes, text("altText"), text("altTextEn")));
      return Response.created(URI.create(request.getContextPath() + "/api/v1/media/" + image.id()))
          .entity(MediaView.of(image, List.of()))
          .tag(Preconditions.tag(image.version()))
          .build();
    } catch (IOException | ServletException e) {
      throw new BadRequestException("The upload could not be read", e);
    }
  }

  /** A page of the library. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listMedia",
      summary = "List the images of the library",
      description =
          "Newest first; `q` keeps the images whose alternative text or file name contains it."
              + " Link headers name the first, previous, next and last page.")
  @APIResponse(
      responseCode = "200",
      description = "A page of images",
      headers =
          @Header(
              name = "Link",
              description = "RFC 8288 links to the first, prev, next and last page",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiModelReader.MEDIA_PAGE),
              examples =
                  @ExampleObject(
                      name = "page",
                      value =
                          "{\"items\":["
                              + EXAMPLE
                              + "],\"page\":1,\"size\":20,\"total\":1,\"totalPages\":1}")))
  public Response list(
      @Parameter(description = "Text in the alternative text or file name", example = "robot")
          @QueryParam("q")
          String q,
      @Parameter(
              description = "Page number, from 1",
              schema = @Schema(type = SchemaType.INTEGER, defaultValue = "1", minimum = "1"))
          @QueryParam("page")
          String page,
      @Parameter(
              description = "Images per page, 1 to 100",
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
    MediaCaller caller = caller();
    long total = library.count(caller, q);
    List<MediaView> items =
        paging.isBeyond(total)
            ? List.of()
            : library.list(caller, q, paging.window().offset(), paging.size()).stream()
                .map(MediaView::of)
                .toList();
    return paging.respond(items, total, uriInfo);
  }

  /** One image, with the items that show it. */
  @GET
  @Path("{id: [0-9]{1,18}}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getMedia",
      summary = "Get one image",
      description = "With `usedBy`: the cases and ambassadors that show it.")
  @APIResponse(
      responseCode = "200",
      description = "The image",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MediaView.class)))
  public MediaView get(
      @Parameter(description = "The image's id", example = "12") @PathParam("id") long id) {
    MediaItem image = library.get(caller(), id);
    Preconditions.tagAnswer(request, image.version());
    return MediaView.of(image, library.usages(image));
  }

  /** Changes the alternative texts of an image. */
  @PUT
  @Path("{id: [0-9]{1,18}}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "describeMedia",
      summary = "Change an image's alternative texts",
      description =
          "The same rules as at upload: the Dutch text is required, at most 500 characters, and"
              + " not a file name. Content that already shows the image keeps the text it was"
              + " given there. Requires If-Match with the image's ETag; regional editors change"
              + " only the images they uploaded.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MediaTexts.class),
              examples =
                  @ExampleObject(
                      name = "texts",
                      value =
                          "{\"altText\":\"Leerlingen bouwen een robot\","
                              + "\"altTextEn\":\"Pupils building a robot\"}")))
  @APIResponse(
      responseCode = "200",
      description = "The image as it is now; ETag its new version",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MediaView.class)))
  @APIResponse(responseCode = "422", ref = ApiModelReader.MEDIA_INVALID)
  public Response describe(
      @Parameter(description = "The image's id", example = "12") @PathParam("id") long id,
      @Parameter(
              description = "The image's ETag, as GET gave it",
              required = true,
              example = "\"v1\"")
          @jakarta.ws.rs.HeaderParam("If-Match")
          String ifMatch,
      String body) {
    long version = Preconditions.requiredVersion(headers);
    MediaTexts texts = JsonBodies.read(body, MediaTexts.class);
    MediaItem image = library.describe(caller(), id, version, texts.altText(), texts.altTextEn());
    return Response.ok(MediaView.of(image, library.usages(image)))
        .tag(Preconditions.tag(image.version()))
        .build();
  }

  /** Removes an image nothing shows. */
  @DELETE
  @Path("{id: [0-9]{1,18}}")
  @Operation(
      operationId = "deleteMedia",
      summary = "Remove an image",
      description =
          "Refused with 409 while a case or ambassador shows it (`usedBy` names them). Regional"
              + " editors remove only the images they uploaded.")
  @APIResponse(responseCode = "204", description = "Removed; its addresses answer 404 from now")
  @APIResponse(responseCode = "409", ref = ApiModelReader.MEDIA_IN_USE)
  public Response delete(
      @Parameter(description = "The image's id", example = "12") @PathParam("id") long id) {
    library.delete(caller(), id);
    return Response.noContent().build();
  }

  private MediaCaller caller() {
    return new MediaCaller(
        security.getUserPrincipal().getName(),
        Roles.ALL.stream().filter(security::isUserInRole).collect(Collectors.toSet()));
  }

  /** A text field of the form, as UTF-8 whatever the container's default. */
  private String text(String name) throws IOException, ServletException {
    Part part = request.getPart(name);
    if (part == null) {
      return null;
    }
    try (InputStream in = part.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
