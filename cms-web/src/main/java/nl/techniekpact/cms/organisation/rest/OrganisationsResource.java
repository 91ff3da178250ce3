package nl.techniekpact.cms.organisation.rest;

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
import nl.techniekpact.cms.rest.ParameterCheck;
import nl.techniekpact.cms.rest.PathSlugs;
import nl.techniekpact.cms.rest.openapi.ApiModelReader;
import nl.techniekpact.model.organisation.Organisation;
import nl.techniekpact.model.organisation.OrganisationRepository;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.region.RegionRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The partner organisations at {@code /api/v1/organisations}, by name, optionally of one region
 * ({@code ?region=zuid-nederland}), and one by slug. Organisations have no drafts; all are public.
 */
@Path("organisations")
@Tag(name = "organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

  @Inject private OrganisationRepository organisations;
  @Inject private RegionRepository regions;

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
  @APIResponse(responseCode = "400", ref = ApiModelReader.INVALID_PARAMETERS)
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
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  public OrganisationView get(
      @Parameter(description = "The organisation's slug") @PathParam("slug") String slug) {
    return PathSlugs.parse(slug)
        .flatMap(organisations::findBySlug)
        .map(OrganisationView::of)
        .orElseThrow(() -> new NotFoundException("No organisation " + slug));
  }
}
