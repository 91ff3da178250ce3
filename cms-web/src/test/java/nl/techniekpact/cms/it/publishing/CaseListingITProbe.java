package nl.techniekpact.cms.it.publishing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.cms.casestudy.listing.CaseListings;
import nl.techniekpact.model.casestudy.CaseFilter;
import nl.techniekpact.model.casestudy.CaseListing;
import nl.techniekpact.model.casestudy.JpaCaseStudyRepository;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.PactRepository;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.region.RegionRepository;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.Page;
import nl.techniekpact.model.shared.VisibleAt;

/**
 * Fixture of {@link CaseListingIT}, deployed with the suite's war under {@code
 * /api/v1/it-fixtures/case-listing}: waits until the case listing is loaded, and compares it with
 * the database's rule at this moment for every combination of region, goal and level.
 */
@Path("it-fixtures/case-listing")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class CaseListingITProbe {

  @Inject private CaseListings listings;
  @Inject private RegionRepository regions;
  @Inject private PactRepository pacts;

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  /** 200 once the listing is loaded (waiting up to two minutes), else 503. */
  @GET
  @Path("ready")
  public Response ready() throws InterruptedException {
    for (int i = 0; i < 1200 && !listings.listing().isReady(); i++) {
      Thread.sleep(100);
    }
    return listings.listing().isReady()
        ? Response.ok("ready " + listings.listing().size()).build()
        : Response.status(503).entity("not ready").build();
  }

  /**
   * 200 "agrees" when the listing's count and first page equal the database's for every filter now;
   * 409 naming the filters that differ; 503 when the listing is not ready.
   */
  @GET
  @Path("agrees")
  @Transactional
  public Response agrees() {
    CaseListing listing = listings.listing();
    if (!listing.isReady()) {
      return Response.status(503).entity("not ready").build();
    }
    Instant now = Instant.now();
    JpaCaseStudyRepository database = new JpaCaseStudyRepository(em);
    List<String> differ = new ArrayList<>();
    List<CaseFilter> filters = filters();
    for (CaseFilter filter : filters) {
      long count = database.countPublished(filter, now);
      List<Long> ids = ids(filter, now);
      if (listing.count(filter, now) != count
          || !listing.pageIds(filter, now, new Page(0, Page.MAX_LIMIT)).equals(ids)) {
        differ.add(filter + ": database " + count + " " + ids);
      }
    }
    return differ.isEmpty()
        ? Response.ok("agrees on " + filters.size() + " filters").build()
        : Response.status(409).entity(String.join("\n", differ)).build();
  }

  private List<CaseFilter> filters() {
    List<Region> inRegions = new ArrayList<>(regions.findAll());
    inRegions.add(null);
    List<Goal> goals =
        new ArrayList<>(
            pacts.findCurrent().map(p -> pacts.findGoals(p.getSlug())).orElse(List.of()));
    goals.add(null);
    List<EducationLevel> levels = new ArrayList<>(List.of(EducationLevel.values()));
    levels.add(null);
    List<CaseFilter> filters = new ArrayList<>();
    for (Region region : inRegions) {
      for (Goal goal : goals) {
        for (EducationLevel level : levels) {
          filters.add(new CaseFilter(region, goal, level));
        }
      }
    }
    return filters;
  }

  /** The first page of ids by the database's rule, written plainly with joins. */
  private List<Long> ids(CaseFilter filter, Instant now) {
    StringBuilder jpql = new StringBuilder("select distinct c.id from CaseStudy c");
    if (filter.goal() != null) {
      jpql.append(" join c.goals g");
    }
    if (filter.level() != null) {
      jpql.append(" join c.educationLevels l");
    }
    jpql.append(" where ").append(VisibleAt.condition("c"));
    if (filter.region() != null) {
      jpql.append(" and c.region = :region");
    }
    if (filter.goal() != null) {
      jpql.append(" and g = :goal");
    }
    if (filter.level() != null) {
      jpql.append(" and l = :level");
    }
    var query =
        VisibleAt.bind(em.createQuery(jpql.append(" order by c.id").toString(), Long.class), now)
            .setMaxResults(Page.MAX_LIMIT);
    if (filter.region() != null) {
      query.setParameter("region", filter.region());
    }
    if (filter.goal() != null) {
      query.setParameter("goal", filter.goal());
    }
    if (filter.level() != null) {
      query.setParameter("level", filter.level());
    }
    return query.getResultList();
  }
}
