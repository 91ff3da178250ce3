package nl.techniekpact.cms.casestudy.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.techniekpact.cms.pagecache.PublicParts;
import nl.techniekpact.model.casestudy.CaseFilter;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.PactRepository;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.region.RegionRepository;

/**
 * The landsdelen and goals a public case filter may name ({@code ?region=zuid-nederland&goal=4}):
 * the published regions by slug and the current pact's goals by number, read once and kept as a
 * public page part ({@link PublicParts}, ADR 0024, ADR 0028) until content changes (any committed
 * {@code ContentChanged}, also relayed from other nodes) or a region's publication moment passes.
 * The API's case list and the plugins' case queries then check and build a filter without a
 * statement.
 *
 * <p>What it answers is only for a {@link CaseFilter}, which reads nothing of it but its identity:
 * the kept regions and goals are shared by every request and must never be changed, shown or handed
 * to a plugin (their lazy links are not loaded).
 *
 * <pre>{@code
 * Optional<Region> region = references.region("zuid-nederland"); // empty: unknown or not published
 * Optional<Goal> goal = references.goal(4);                       // empty: no such goal now
 * }</pre>
 */
@ApplicationScoped
public class CaseFilterReferences {

  @Inject private PublicParts parts;
  @Inject private RegionRepository regions;
  @Inject private PactRepository pacts;

  /** The kept part's key: it depends on nothing of the request. */
  record Key() {}

  /** What is kept: immutable maps of entities used only as filter values. */
  record Kept(Map<String, Region> regions, Map<Integer, Goal> goals) {}

  /** For CDI. */
  public CaseFilterReferences() {}

  /** For tests: references read through these repositories and kept in these parts. */
  CaseFilterReferences(PublicParts parts, RegionRepository regions, PactRepository pacts) {
    this.parts = parts;
    this.regions = regions;
    this.pacts = pacts;
  }

  /**
   * The published landsdeel with a slug, for a filter only.
   *
   * @param slug the slug as the request names it (anything: an invalid slug names nothing)
   * @return the region, empty when no published region has that slug
   */
  public Optional<Region> region(String slug) {
    return Optional.ofNullable(kept().regions().get(slug));
  }

  /**
   * The current pact's goal with a number, for a filter only.
   *
   * @param number the goal's number
   * @return the goal, empty when the current pact has none with that number (or there is no pact)
   */
  public Optional<Goal> goal(int number) {
    return Optional.ofNullable(kept().goals().get(number));
  }

  private Kept kept() {
    return parts.get(new Key(), this::read);
  }

  private Kept read() {
    Map<String, Region> published = new LinkedHashMap<>();
    for (Region region : regions.findPublished(Instant.now())) {
      published.put(region.getSlug().getValue(), region);
    }
    Map<Integer, Goal> current = new LinkedHashMap<>();
    pacts
        .findCurrent()
        .ifPresent(
            pact -> pacts.findGoals(pact.getSlug()).forEach(g -> current.put(g.getNumber(), g)));
    return new Kept(Map.copyOf(published), Map.copyOf(current));
  }
}
