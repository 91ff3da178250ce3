package nl.techniekpact.cms.ambassador.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.cms.rest.ApiLanguage;
import nl.techniekpact.cms.rest.PathSlugs;
import nl.techniekpact.cms.rest.openapi.ApiModelReader;
import nl.techniekpact.model.ambassador.AmbassadorRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The published aanjager and ambassadeurs at {@code /api/v1/ambassadors}, aanjager first, and one
 * by slug.
 */
@Path("ambassadors")
@Tag(name = "ambassadors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AmbassadorsResource {

  @Inject private AmbassadorRepository ambassadors;

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
  public List<AmbassadorView> list(
      @Parameter(
              description = ApiLanguage.DESCRIPTION,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"nl", "en"}))
          @QueryParam(ApiLanguage.PARAMETER)
          String lang) {
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
      @Parameter(
              description = ApiLanguage.DESCRIPTION,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"nl", "en"}))
          @QueryParam(ApiLanguage.PARAMETER)
          String lang) {
    Optional<ApiLanguage> language = ApiLanguage.read(lang);
    Instant now = Instant.now();
    return PathSlugs.findVisible(slug, ambassadors::findBySlug, now)
        .map(AmbassadorView::of)
        .map(view -> ApiLanguage.represent(view, language))
        .orElseThrow(() -> new NotFoundException("No published ambassador " + slug));
  }
}
