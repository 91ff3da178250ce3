package nl.techniekpact.cms.region.rest;

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
import nl.techniekpact.model.region.RegionRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The published landsdelen at {@code /api/v1/regions}, by name, and one by slug. */
@Path("regions")
@Tag(name = "regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegionsResource {

  @Inject private RegionRepository regions;

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
  public List<RegionView> list(
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
    return PathSlugs.findVisible(slug, regions::findBySlug, now)
        .map(RegionView::of)
        .map(view -> ApiLanguage.represent(view, language))
        .orElseThrow(() -> new NotFoundException("No published region " + slug));
  }
}
