package nl.techniekpact.plugin.api;

import java.util.List;
import java.util.Optional;
import nl.techniekpact.model.ambassador.Ambassador;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.casestudy.CaseStudySummary;
import nl.techniekpact.model.organisation.Organisation;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.region.Contact;
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
 * CaseResults mbo = content.publishedCases(CaseQuery.all().atLevel(EducationLevel.MBO).page(1, 12));
 * }</pre>
 *
 * <p>The queries added in 0.2.0 have default implementations that throw {@link
 * UnsupportedOperationException}, so hand-made contexts in plugin unit tests keep compiling; the
 * host implements them all. Those added in 0.4.0 ({@link #publishedRegionSummaries()}, {@link
 * #currentGoalSummaries()}, {@link #publishedCaseSummaries(CaseQuery)}) default to reading the
 * earlier queries.
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

  /**
   * The current pact edition (its introduction texts), if any is published.
   *
   * @return the pact
   * @since 0.2.0
   */
  default Optional<Pact> currentPact() {
    throw unsupported();
  }

  /**
   * One page of the published cases matching a query, with the total over all pages; in the order
   * they were added. A region slug or goal number that names nothing matches no case.
   *
   * @param query which cases and which page
   * @return the page of cases and the total
   * @since 0.2.0
   */
  default CaseResults publishedCases(CaseQuery query) {
    throw unsupported();
  }

  /**
   * A published case by slug, with its region, goals, education levels and partners.
   *
   * @param slug the slug, for example {@code de-maakotheek}
   * @return the case, if it exists and is published
   * @since 0.2.0
   */
  default Optional<CaseStudy> publishedCase(String slug) {
    throw unsupported();
  }

  /**
   * The published aanjagers and ambassadors, aanjagers first, with their goals.
   *
   * @return the ambassadors
   * @since 0.2.0
   */
  default List<Ambassador> publishedAmbassadors() {
    throw unsupported();
  }

  /**
   * A published ambassador by slug, with their goals.
   *
   * @param slug the slug
   * @return the ambassador, if published
   * @since 0.2.0
   */
  default Optional<Ambassador> publishedAmbassador(String slug) {
    throw unsupported();
  }

  /**
   * The partner organisations of a published landsdeel, by name.
   *
   * @param regionSlug the region's slug
   * @return the organisations; none when the region is unknown or not published
   * @since 0.2.0
   */
  default List<Organisation> organisationsIn(String regionSlug) {
    throw unsupported();
  }

  /**
   * The contact of a published landsdeel.
   *
   * @param regionSlug the region's slug
   * @return the contact, if the region is published and has one
   * @since 0.2.0
   */
  default Optional<Contact> regionContact(String regionSlug) {
    throw unsupported();
  }

  /**
   * The published landsdelen, by name, as plain values: what {@link #publishedRegions()} answers,
   * reduced to slug and name, for lists and filters. Unlike the entities these may be kept by the
   * host across requests, so asking costs no database query while nothing changes; they are never
   * stale (the host forgets them on every content change and at every scheduled publication
   * moment). The default reads {@link #publishedRegions()}.
   *
   * @return the regions, an unmodifiable list
   * @since 0.4.0
   */
  default List<RegionSummary> publishedRegionSummaries() {
    return publishedRegions().stream()
        .map(region -> new RegionSummary(region.getSlug().getValue(), region.getName()))
        .toList();
  }

  /**
   * The goals of the current pact edition, by number, as plain values: what {@link #currentGoals()}
   * answers, reduced to number and title, for lists and filters. Like {@link
   * #publishedRegionSummaries()} they may be kept by the host and are never stale. The default
   * reads {@link #currentGoals()}.
   *
   * @return the goals, an unmodifiable list
   * @since 0.4.0
   */
  default List<GoalSummary> currentGoalSummaries() {
    return currentGoals().stream()
        .map(goal -> new GoalSummary(goal.getNumber(), goal.getTitle()))
        .toList();
  }

  /**
   * One page of the published cases matching a query as a list shows them, with the total over all
   * pages; the same cases in the same order as {@link #publishedCases(CaseQuery)}, read without
   * their bodies and links (the host reads a page in one query instead of loading entities with all
   * their links). The default maps {@link #publishedCases(CaseQuery)}.
   *
   * @param query which cases and which page
   * @return the page of summaries and the total
   * @since 0.4.0
   */
  default CaseSummaries publishedCaseSummaries(CaseQuery query) {
    CaseResults results = publishedCases(query);
    return new CaseSummaries(
        results.cases().stream().map(CaseStudySummary::of).toList(),
        results.total(),
        results.page(),
        results.size());
  }

  private static UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException("needs a host with plugin API 0.2.0 or later");
  }
}
