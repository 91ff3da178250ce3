package nl.techniekpact.model.casestudy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.Page;
import nl.techniekpact.model.shared.Slug;

/**
 * Stores and finds case studies. Lists load each case's region, goals, education levels and
 * partners in a fixed number of queries (no query per case). Implementations do not manage
 * transactions.
 *
 * <pre>{@code
 * CaseStudyRepository cases = new JpaCaseStudyRepository(entityManager);
 * List<CaseStudy> latest = cases.findPublished(Instant.now(), Page.first(9));
 * List<CaseStudy> inNoord = cases.findPublishedInRegion(noord, Instant.now(), Page.first(20));
 * long total = cases.countPublished(Instant.now());
 * CaseFilter mbo = CaseFilter.ALL.atLevel(EducationLevel.MBO);
 * List<CaseStudy> mboCases = cases.findPublished(mbo, Instant.now(), Page.first(20));
 * long mboTotal = cases.countPublished(mbo, Instant.now());
 * }</pre>
 *
 * <p>Lists are in the order the cases were added (for the seed: Case 1 to Case 9).
 *
 * @since 0.1.0
 */
public interface CaseStudyRepository {

  /**
   * Stores a new case or the changes to an existing one.
   *
   * @param caseStudy the case
   * @return the managed case
   */
  CaseStudy save(CaseStudy caseStudy);

  /**
   * Finds a case by id.
   *
   * @param id the id
   * @return the case, if any
   */
  Optional<CaseStudy> findById(long id);

  /**
   * Finds a case by slug.
   *
   * @param slug the slug
   * @return the case, if any
   */
  Optional<CaseStudy> findBySlug(Slug slug);

  /**
   * All cases in any state, in the order they were added.
   *
   * @param page which part of the list
   * @return the cases
   */
  List<CaseStudy> findAll(Page page);

  /**
   * The cases the public may see at a moment.
   *
   * @param now the moment
   * @param page which part of the list
   * @return the cases; the same as {@link #findPublished(CaseFilter, Instant, Page)} with {@link
   *     CaseFilter#ALL}, which is what it calls unless an implementation overrides it
   */
  default List<CaseStudy> findPublished(Instant now, Page page) {
    return findPublished(CaseFilter.ALL, now, page);
  }

  /**
   * The cases of one landsdeel the public may see at a moment.
   *
   * @param region the region
   * @param now the moment
   * @param page which part of the list
   * @return the cases; the same as {@link #findPublished(CaseFilter, Instant, Page)} with {@link
   *     CaseFilter#inRegion(Region)}
   */
  default List<CaseStudy> findPublishedInRegion(Region region, Instant now, Page page) {
    return findPublished(CaseFilter.ALL.inRegion(Objects.requireNonNull(region)), now, page);
  }

  /**
   * The cases linked to a goal the public may see at a moment.
   *
   * @param goal the goal
   * @param now the moment
   * @param page which part of the list
   * @return the cases; the same as {@link #findPublished(CaseFilter, Instant, Page)} with {@link
   *     CaseFilter#forGoal(Goal)}
   */
  default List<CaseStudy> findPublishedForGoal(Goal goal, Instant now, Page page) {
    return findPublished(CaseFilter.ALL.forGoal(Objects.requireNonNull(goal)), now, page);
  }

  /**
   * The cases matching a filter that the public may see at a moment, in the order they were added.
   * Filters and pages in the database.
   *
   * @param filter which cases; {@link CaseFilter#ALL} for all
   * @param now the moment
   * @param page which part of the list
   * @return the cases
   * @since 0.1.0
   */
  List<CaseStudy> findPublished(CaseFilter filter, Instant now, Page page);

  /**
   * How many cases matching a filter the public may see at a moment: the total of {@link
   * #findPublished(CaseFilter, Instant, Page)} over all pages.
   *
   * @param filter which cases; {@link CaseFilter#ALL} for all
   * @param now the moment
   * @return the number
   * @since 0.1.0
   */
  long countPublished(CaseFilter filter, Instant now);

  /**
   * How many cases the public may see at a moment.
   *
   * @param now the moment
   * @return the number; the same as {@link #countPublished(CaseFilter, Instant)} with {@link
   *     CaseFilter#ALL}
   */
  default long countPublished(Instant now) {
    return countPublished(CaseFilter.ALL, now);
  }

  /**
   * Cases by id, in the order of the ids; ids without a case are left out. Loads each case's
   * region, goals, education levels and partners in a fixed number of queries.
   *
   * @param ids the ids
   * @return the cases
   * @since 0.4.0
   */
  default List<CaseStudy> findAllById(List<Long> ids) {
    return ids.stream().map(this::findById).flatMap(Optional::stream).toList();
  }

  /**
   * The summaries of cases by id (what a list shows), in the order of the ids; ids without a case
   * are left out. Reads no body and no links; the default maps {@link #findAllById}.
   *
   * @param ids the ids
   * @return the summaries
   * @since 0.6.0
   */
  default List<CaseStudySummary> findSummariesById(List<Long> ids) {
    return findAllById(ids).stream().map(CaseStudySummary::of).toList();
  }

  /**
   * A page of the summaries of the cases visible at a moment that match a filter, in the order of
   * {@link #findPublished(CaseFilter, Instant, Page)}; the default maps that.
   *
   * @param filter which cases
   * @param now the moment
   * @param page which page
   * @return the summaries
   * @since 0.6.0
   */
  default List<CaseStudySummary> findPublishedSummaries(CaseFilter filter, Instant now, Page page) {
    return findPublished(filter, now, page).stream().map(CaseStudySummary::of).toList();
  }

  /**
   * Removes a case with its links.
   *
   * @param caseStudy the case
   */
  void delete(CaseStudy caseStudy);
}
