package nl.techniekpact.plugin.api;

import nl.techniekpact.model.shared.EducationLevel;

/**
 * Which published cases to list, and which page of them: for {@link
 * ContentQueries#publishedCases(CaseQuery)}. Each filter is optional ({@code null} matches every
 * case); the filters combine with "and".
 *
 * <pre>{@code
 * CaseQuery query = CaseQuery.all().inRegion("zuid-nederland").forGoal(9).page(2, 12);
 * }</pre>
 *
 * @param region the slug of the landsdeel the cases are in, or {@code null}
 * @param goal the number of a goal of the current pact the cases are linked to, or {@code null}
 * @param level the education level the cases concern, or {@code null}
 * @param page the page, from 1
 * @param size cases per page, 1 to {@value #MAX_SIZE}
 * @since 0.2.0
 */
public record CaseQuery(String region, Integer goal, EducationLevel level, int page, int size) {

  /** The largest page size. */
  public static final int MAX_SIZE = 100;

  /**
   * Checks the page.
   *
   * @throws IllegalArgumentException when page is below 1 or size outside 1 to {@value #MAX_SIZE}
   */
  public CaseQuery {
    if (page < 1) {
      throw new IllegalArgumentException("page must be 1 or more, not " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ", not " + size);
    }
  }

  /**
   * Every published case, the first 20.
   *
   * @return the query
   */
  public static CaseQuery all() {
    return new CaseQuery(null, null, null, 1, 20);
  }

  /**
   * This query, for the cases of a landsdeel.
   *
   * @param regionSlug the region's slug, or {@code null} for any
   * @return the new query
   */
  public CaseQuery inRegion(String regionSlug) {
    return new CaseQuery(regionSlug, goal, level, page, size);
  }

  /**
   * This query, for the cases linked to a goal.
   *
   * @param number the goal's number, or {@code null} for any
   * @return the new query
   */
  public CaseQuery forGoal(Integer number) {
    return new CaseQuery(region, number, level, page, size);
  }

  /**
   * This query, for the cases concerning an education level.
   *
   * @param newLevel the level, or {@code null} for any
   * @return the new query
   */
  public CaseQuery atLevel(EducationLevel newLevel) {
    return new CaseQuery(region, goal, newLevel, page, size);
  }

  /**
   * This query, for another page.
   *
   * @param newPage the page, from 1
   * @param newSize cases per page
   * @return the new query
   */
  public CaseQuery page(int newPage, int newSize) {
    return new CaseQuery(region, goal, level, newPage, newSize);
  }
}
