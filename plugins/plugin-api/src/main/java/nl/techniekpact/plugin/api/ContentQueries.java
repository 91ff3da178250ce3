package nl.techniekpact.plugin.api;

import java.util.List;
import java.util.Optional;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.region.Region;

/**
 * Read-only queries on what the public may see now, answered through core-model's repositories. The
 * objects returned are detached copies: changing them changes nothing in the database.
 *
 * <pre>{@code
 * ContentQueries content = context.content();
 * for (Region region : content.publishedRegions()) {
 *   System.out.println(region.getName());
 * }
 * Optional<Goal> goal9 = content.goal(9);
 * }</pre>
 *
 * @since 0.1.0
 */
public interface ContentQueries {

  /**
   * The published landsdelen, by name.
   *
   * @return the regions
   */
  List<Region> publishedRegions();

  /**
   * A published landsdeel by slug.
   *
   * @param slug the slug, for example {@code noord-nederland}
   * @return the region, if it exists and is published
   */
  Optional<Region> publishedRegion(String slug);

  /**
   * The goals of the current pact edition, by number.
   *
   * @return the goals
   */
  List<Goal> currentGoals();

  /**
   * One goal of the current pact edition.
   *
   * @param number the goal's number
   * @return the goal, if any
   */
  Optional<Goal> goal(int number);

  /**
   * Published case studies, in the order they were added.
   *
   * @param first the index of the first case to return, from 0
   * @param max the largest number of cases to return
   * @return the cases
   */
  List<CaseStudy> publishedCases(int first, int max);
}
