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
import nl.techniekpact.cms.rest.ParameterCheck;
import nl.techniekpact.cms.rest.PathSlugs;
import nl.techniekpact.model.organisation.Organisation;
import nl.techniekpact.model.organisation.OrganisationRepository;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.region.RegionRepository;

/**
 * The partner organisations at {@code /api/v1/organisations}, by name, optionally of one region
 * ({@code ?region=zuid-nederland}), and one by slug. Organisations have no drafts; all are public.
 */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

  @Inject private OrganisationRepository organisations;
  @Inject private RegionRepository regions;

  /** All organisations, or those of a published region, by name. */
  @GET
  public List<OrganisationView> list(@QueryParam("region") String region) {
    Instant now = Instant.now();
    ParameterCheck check = new ParameterCheck();
    Optional<Region> inRegion =
        check.known(
            "region", region, slug -> PathSlugs.findVisible(slug, regions::findBySlug, now));
    check.done();
    List<Organisation> found =
        inRegion.map(organisations::findByRegion).orElseGet(organisations::findAll);
    return found.stream().map(OrganisationView::of).toList();
  }

  /** One organisation by slug. */
  @GET
  @Path(PathSlugs.TEMPLATE)
  public OrganisationView get(@PathParam("slug") String slug) {
    return PathSlugs.parse(slug)
        .flatMap(organisations::findBySlug)
        .map(OrganisationView::of)
        .orElseThrow(() -> new NotFoundException("No organisation " + slug));
  }
}
