package nl.techniekpact.cms.plugin.host;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.cms.casestudy.listing.CaseFilterReferences;
import nl.techniekpact.model.ambassador.Ambassador;
import nl.techniekpact.model.ambassador.AmbassadorRepository;
import nl.techniekpact.model.casestudy.CaseFilter;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.casestudy.CaseStudyRepository;
import nl.techniekpact.model.casestudy.CaseStudySummary;
import nl.techniekpact.model.organisation.Organisation;
import nl.techniekpact.model.organisation.OrganisationRepository;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.pact.PactRepository;
import nl.techniekpact.model.region.Contact;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.region.RegionRepository;
import nl.techniekpact.model.shared.InvalidSlugException;
import nl.techniekpact.model.shared.Page;
import nl.techniekpact.model.shared.Slug;
import nl.techniekpact.plugin.api.CaseQuery;
import nl.techniekpact.plugin.api.CaseResults;
import nl.techniekpact.plugin.api.CaseSummaries;
import nl.techniekpact.plugin.api.ContentQueries;
import nl.techniekpact.plugin.api.GoalSummary;
import nl.techniekpact.plugin.api.RegionSummary;

/**
 * The content queries plugins get, through core-model's repositories, each in a read-only
 * transaction of its own (what a plugin holds afterwards is detached).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PluginContentQueries implements ContentQueries {

  /** The largest page a plugin may ask for. */
  static final int MAX_PAGE = 100;

  @Inject private RegionRepository regions;
  @Inject private PactRepository pacts;
  @Inject private CaseStudyRepository caseStudies;
  @Inject private AmbassadorRepository ambassadors;
  @Inject private OrganisationRepository organisations;
  @Inject private CaseFilterReferences references;

  @Override
  public List<Region> publishedRegions() {
    return regions.findPublished(Instant.now());
  }

  @Override
  public Optional<Region> publishedRegion(String slug) {
    Instant now = Instant.now();
    return slug(slug).flatMap(regions::findBySlug).filter(region -> region.isVisibleAt(now));
  }

  private static Optional<Slug> slug(String text) {
    try {
      return Optional.of(Slug.of(text));
    } catch (InvalidSlugException | NullPointerException e) {
      return Optional.empty();
    }
  }

  @Override
  public List<Goal> currentGoals() {
    return pacts.findCurrent().map(pact -> pacts.findGoals(pact.getSlug())).orElse(List.of());
  }

  /** Kept across requests with the case filter's references (ADR 0028, ADR 0032). */
  @Override
  public List<RegionSummary> publishedRegionSummaries() {
    return references.regionSummaries();
  }

  /** Kept across requests with the case filter's references (ADR 0028, ADR 0032). */
  @Override
  public List<GoalSummary> currentGoalSummaries() {
    return references.goalSummaries();
  }

  @Override
  public Optional<Goal> goal(int number) {
    return pacts.findCurrent().flatMap(pact -> pacts.findGoal(pact.getSlug(), number));
  }

  @Override
  public List<CaseStudy> publishedCases(int first, int max) {
    int size = Math.max(1, Math.min(max, MAX_PAGE));
    return caseStudies.findPublished(Instant.now(), new Page(Math.max(0, first), size));
  }

  @Override
  public Optional<Pact> currentPact() {
    return pacts.findCurrent();
  }

  @Override
  public CaseResults publishedCases(CaseQuery query) {
    Found<CaseStudy> found = find(query, caseStudies::findPublished);
    return new CaseResults(found.items(), found.total(), query.page(), query.size());
  }

  /** The same cases as {@link #publishedCases(CaseQuery)}, read as summaries in one query. */
  @Override
  public CaseSummaries publishedCaseSummaries(CaseQuery query) {
    Found<CaseStudySummary> found = find(query, caseStudies::findPublishedSummaries);
    return new CaseSummaries(found.items(), found.total(), query.page(), query.size());
  }

  /** Reads a page of visible cases, as entities or summaries. */
  private interface PageRead<T> {
    List<T> read(CaseFilter filter, Instant now, Page page);
  }

  /** A page and the total over all pages. */
  private record Found<T>(List<T> items, long total) {}

  /** The query's page and total; nothing when its region or goal names nothing. */
  private <T> Found<T> find(CaseQuery query, PageRead<T> read) {
    Optional<CaseFilter> filter = filter(query);
    if (filter.isEmpty()) {
      return new Found<>(List.of(), 0);
    }
    Instant now = Instant.now();
    long total = caseStudies.countPublished(filter.get(), now);
    long offset = (long) (query.page() - 1) * query.size();
    List<T> items =
        offset >= total || offset > Integer.MAX_VALUE
            ? List.of()
            : read.read(filter.get(), now, new Page((int) offset, query.size()));
    return new Found<>(items, total);
  }

  /** The query's filter; empty when its region or goal names nothing (then no case matches). */
  private Optional<CaseFilter> filter(CaseQuery query) {
    CaseFilter filter = CaseFilter.ALL.atLevel(query.level());
    // the filter's region and goal are kept across requests (ADR 0028), never handed out
    if (query.region() != null) {
      Optional<Region> region = references.region(query.region());
      if (region.isEmpty()) {
        return Optional.empty();
      }
      filter = filter.inRegion(region.get());
    }
    if (query.goal() != null) {
      Optional<Goal> goal = references.goal(query.goal());
      if (goal.isEmpty()) {
        return Optional.empty();
      }
      filter = filter.forGoal(goal.get());
    }
    return Optional.of(filter);
  }

  @Override
  public Optional<CaseStudy> publishedCase(String slug) {
    Instant now = Instant.now();
    Optional<CaseStudy> found =
        slug(slug).flatMap(caseStudies::findBySlug).filter(c -> c.isVisibleAt(now));
    // loaded while the transaction is open: the plugin reads them detached
    found.ifPresent(
        c -> {
          c.getGoals().size();
          c.getPartners().size();
          c.getEducationLevels().size();
          c.getRegion();
        });
    return found;
  }

  @Override
  public List<Ambassador> publishedAmbassadors() {
    return ambassadors.findPublished(Instant.now());
  }

  @Override
  public Optional<Ambassador> publishedAmbassador(String slug) {
    Instant now = Instant.now();
    Optional<Ambassador> found =
        slug(slug).flatMap(ambassadors::findBySlug).filter(a -> a.isVisibleAt(now));
    found.ifPresent(a -> a.getGoals().size());
    return found;
  }

  @Override
  public List<Organisation> organisationsIn(String regionSlug) {
    return publishedRegion(regionSlug).map(organisations::findByRegion).orElse(List.of());
  }

  @Override
  public Optional<Contact> regionContact(String regionSlug) {
    return publishedRegion(regionSlug).map(Region::getContact);
  }
}
