package nl.techniekpact.cms.ambassador.rest;

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
import nl.techniekpact.model.ambassador.AmbassadorRepository;

/**
 * The published aanjager and ambassadeurs at {@code /api/v1/ambassadors}, aanjager first, and one
 * by slug.
 */
@Path("ambassadors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AmbassadorsResource {

  @Inject private AmbassadorRepository ambassadors;

  /** All published ambassadors, aanjager first. */
  @GET
  public List<AmbassadorView> list() {
    return ambassadors.findPublished(Instant.now()).stream().map(AmbassadorView::of).toList();
  }

  /** One published ambassador by slug. */
  @GET
  @Path(PathSlugs.TEMPLATE)
  public AmbassadorView get(@PathParam("slug") String slug) {
    Instant now = Instant.now();
    return PathSlugs.findVisible(slug, ambassadors::findBySlug, now)
        .map(AmbassadorView::of)
        .orElseThrow(() -> new NotFoundException("No published ambassador " + slug));
  }
}
