package nl.techniekpact.cms.plugin.host;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.casestudy.CaseStudyRepository;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.PactRepository;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.region.RegionRepository;
import nl.techniekpact.model.shared.InvalidSlugException;
import nl.techniekpact.model.shared.Page;
import nl.techniekpact.model.shared.Slug;
import nl.techniekpact.plugin.api.ContentQueries;

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

  @Override
  public List<Region> publishedRegions() {
    return regions.findPublished(Instant.now());
  }

  @Override
  public Optional<Region> publishedRegion(String slug) {
    Slug parsed;
    try {
      parsed = Slug.of(slug);
    } catch (InvalidSlugException | NullPointerException e) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    return regions.findBySlug(parsed).filter(region -> region.isVisibleAt(now));
  }

  @Override
  public List<Goal> currentGoals() {
    return pacts.findCurrent().map(pact -> pacts.findGoals(pact.getSlug())).orElse(List.of());
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
}
