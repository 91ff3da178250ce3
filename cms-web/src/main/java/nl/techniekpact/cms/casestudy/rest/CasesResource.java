package nl.techniekpact.cms.casestudy.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.techniekpact.cms.rest.EducationLevels;
import nl.techniekpact.cms.rest.PageRequest;
import nl.techniekpact.cms.rest.ParameterCheck;
import nl.techniekpact.cms.rest.PathSlugs;
import nl.techniekpact.model.casestudy.CaseFilter;
import nl.techniekpact.model.casestudy.CaseStudyRepository;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.PactRepository;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.region.RegionRepository;
import nl.techniekpact.model.shared.EducationLevel;

/**
 * The published cases at {@code /api/v1/cases}: a paged list, filterable by region slug, goal
 * number and education level, and one case by slug.
 *
 * <pre>
 * GET /api/v1/cases?region=zuid-nederland&amp;goal=4&amp;level=mbo&amp;page=1&amp;size=20
 * </pre>
 */
@Path("cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {

  @Inject private CaseStudyRepository cases;
  @Inject private RegionRepository regions;
  @Inject private PactRepository pacts;

  @Context private UriInfo uriInfo;

  /** A page of the published cases matching the filters, with paging links. */
  @GET
  public Response list(
      @QueryParam("region") String region,
      @QueryParam("goal") String goal,
      @QueryParam("level") String level,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Instant now = Instant.now();
    ParameterCheck check = new ParameterCheck();
    Optional<Region> inRegion = check.known("region", region, slug -> visibleRegion(slug, now));
    Optional<Goal> forGoal = goal(check, goal);
    Optional<EducationLevel> atLevel = check.known("level", level, EducationLevels::parse);
    PageRequest paging = PageRequest.read(check, page, size);
    check.done();

    CaseFilter filter =
        new CaseFilter(inRegion.orElse(null), forGoal.orElse(null), atLevel.orElse(null));
    long total = cases.countPublished(filter, now);
    List<CaseView> items =
        paging.isBeyond(total)
            ? List.of()
            : cases.findPublished(filter, now, paging.window()).stream()
                .map(CaseView::inList)
                .toList();
    return paging.respond(items, total, uriInfo);
  }

  /** One published case by slug. */
  @GET
  @Path(PathSlugs.TEMPLATE)
  public CaseView get(@PathParam("slug") String slug) {
    Instant now = Instant.now();
    return PathSlugs.findVisible(slug, cases::findBySlug, now)
        .map(CaseView::of)
        .orElseThrow(() -> new NotFoundException("No published case " + slug));
  }

  private Optional<Region> visibleRegion(String slug, Instant now) {
    return PathSlugs.findVisible(slug, regions::findBySlug, now);
  }

  private Optional<Goal> goal(ParameterCheck check, String text) {
    OptionalInt number = check.optionalInteger("goal", text, 1, 9999);
    if (number.isEmpty()) {
      return Optional.empty();
    }
    return check.known(
        "goal",
        text,
        any ->
            pacts.findCurrent().flatMap(pact -> pacts.findGoal(pact.getSlug(), number.getAsInt())));
  }
}
