package nl.techniekpact.cms.region.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import nl.techniekpact.cms.rest.PathSlugs;
import nl.techniekpact.model.region.RegionRepository;

/** The published landsdelen at {@code /api/v1/regions}, by name, and one by slug. */
@Path("regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegionsResource {

  @Inject private RegionRepository regions;

  /** All published regions, by name. */
  @GET
  public List<RegionView> list() {
    return regions.findPublished(Instant.now()).stream().map(RegionView::of).toList();
  }

  /** One published region by slug. */
  @GET
  @Path(PathSlugs.TEMPLATE)
  public RegionView get(@PathParam("slug") String slug) {
    Instant now = Instant.now();
    return PathSlugs.findVisible(slug, regions::findBySlug, now)
        .map(RegionView::of)
        .orElseThrow(() -> new NotFoundException("No published region " + slug));
  }
}
