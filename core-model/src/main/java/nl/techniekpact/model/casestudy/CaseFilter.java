package nl.techniekpact.model.casestudy;

import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.EducationLevel;

/**
 * Which cases a list shows: those of a landsdeel, linked to a goal and concerning an education
 * level. Each part is optional; a {@code null} part matches every case, so {@link #ALL} matches
 * them all. The parts combine with "and".
 *
 * <pre>{@code
 * CaseFilter mboInZuid = CaseFilter.ALL.inRegion(zuid).atLevel(EducationLevel.MBO);
 * List<CaseStudy> cases = repository.findPublished(mboInZuid, Instant.now(), Page.first(20));
 * long total = repository.countPublished(mboInZuid, Instant.now());
 * }</pre>
 *
 * @param region only cases located in this region, or {@code null} for any
 * @param goal only cases linked to this goal, or {@code null} for any
 * @param level only cases concerning this education level, or {@code null} for any
 * @since 0.1.0
 */
public record CaseFilter(Region region, Goal goal, EducationLevel level) {

  /** No restriction: every case. */
  public static final CaseFilter ALL = new CaseFilter(null, null, null);

  /**
   * This filter, restricted to a region.
   *
   * @param newRegion the region, or {@code null} for any
   * @return the new filter
   */
  public CaseFilter inRegion(Region newRegion) {
    return new CaseFilter(newRegion, goal, level);
  }

  /**
   * This filter, restricted to cases linked to a goal.
   *
   * @param newGoal the goal, or {@code null} for any
   * @return the new filter
   */
  public CaseFilter forGoal(Goal newGoal) {
    return new CaseFilter(region, newGoal, level);
  }

  /**
   * This filter, restricted to cases concerning an education level.
   *
   * @param newLevel the level, or {@code null} for any
   * @return the new filter
   */
  public CaseFilter atLevel(EducationLevel newLevel) {
    return new CaseFilter(region, goal, newLevel);
  }
}
