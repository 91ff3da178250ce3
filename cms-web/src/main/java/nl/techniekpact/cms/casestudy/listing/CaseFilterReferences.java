package nl.techniekpact.cms.casestudy.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.techniekpact.cms.pagecache.PublicParts;
import nl.techniekpact.model.casestudy.CaseFilter;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.PactRepository;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.region.RegionRepository;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.plugin.api.GoalSummary;
import nl.techniekpact.plugin.api.RegionSummary;

/**
 * The landsdelen and goals a public case filter may name ({@code ?region=zuid-nederland&goal=4}):
 * the published regions by slug and the current pact's goals by number, read once and kept as a
 * public page part ({@link PublicParts}, ADR 0024, ADR 0028) until content changes (any committed
 * {@code ContentChanged}, also relayed from other nodes) or a region's publication moment passes.
 * The API's case list and the plugins' case queries then check and build a filter without a
 * statement.
 *
 * <p>What {@link #region} and {@link #goal} answer is only for a {@link CaseFilter}, which reads
 * nothing of it but its identity: the kept regions and goals are shared by every request and must
 * never be changed, shown or handed to a plugin (their lazy links are not loaded). What a page may
 * show of them, the filter's options, is kept beside them as plain values ({@link
 * #regionSummaries}, {@link #goalSummaries}: slug and name, number and title), which plugins get
 * through {@code ContentQueries} (plugin API 0.4.0, ADR 0032).
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

  /**
   * What is kept: immutable maps of entities used only as filter values, and the same regions (by
   * name) and goals (by number) as plain values.
   */
  record Kept(
      Map<String, Region> regions,
      Map<Integer, Goal> goals,
      List<RegionSummary> regionSummaries,
      List<GoalSummary> goalSummaries) {}

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

  /**
   * The published landsdelen, by name, as plain values (slug and name) that may be shown and handed
   * to plugins.
   *
   * @return the regions, an unmodifiable list shared by every caller
   */
  public List<RegionSummary> regionSummaries() {
    return kept().regionSummaries();
  }

  /**
   * The current pact's goals, by number, as plain values (number and title) that may be shown and
   * handed to plugins.
   *
   * @return the goals, an unmodifiable list shared by every caller; empty without a current pact
   */
  public List<GoalSummary> goalSummaries() {
    return kept().goalSummaries();
  }

  private Kept kept() {
    return parts.get(new Key(), this::read);
  }

  private Kept read() {
    Map<String, Region> published = new LinkedHashMap<>();
    List<RegionSummary> regionSummaries = new ArrayList<>();
    for (Region region : regions.findPublished(Instant.now())) {
      published.put(region.getSlug().getValue(), region);
      regionSummaries.add(new RegionSummary(region.getSlug().getValue(), region.getName()));
    }
    Map<Integer, Goal> current = new LinkedHashMap<>();
    List<GoalSummary> goalSummaries = new ArrayList<>();
    pacts
        .findCurrent()
        .ifPresent(
            pact ->
                pacts
                    .findGoals(pact.getSlug())
                    .forEach(
                        g -> {
                          current.put(g.getNumber(), g);
                          goalSummaries.add(new GoalSummary(g.getNumber(), copy(g.getTitle())));
                        }));
    return new Kept(
        Map.copyOf(published),
        Map.copyOf(current),
        List.copyOf(regionSummaries),
        List.copyOf(goalSummaries));
  }

  /** A text of its own, not the entity's embedded one. */
  private static LocalizedText copy(LocalizedText text) {
    return LocalizedText.of(text.getNl(), text.getEn());
  }
}
