package nl.techniekpact.model.pact;

import java.util.List;
import java.util.Optional;
import nl.techniekpact.model.shared.Slug;

/**
 * Stores and finds pact editions with their goals and themes. Implementations do not manage
 * transactions: the caller does (container JTA or resource-local).
 *
 * <pre>{@code
 * PactRepository pacts = new JpaPactRepository(entityManager);
 * Pact pact = pacts.findCurrent().orElseThrow();
 * List<Goal> goals = pacts.findGoals(pact.getSlug()); // ordered by number
 * }</pre>
 *
 * @since 0.1.0
 */
public interface PactRepository {

  /**
   * Stores a new edition (with its goals and themes) or the changes to an existing one.
   *
   * @param pact the edition
   * @return the managed edition
   */
  Pact save(Pact pact);

  /**
   * Finds an edition by id, also a removed (softly deleted) one.
   *
   * @param id the id
   * @return the edition, if any
   */
  Optional<Pact> findById(long id);

  /**
   * Finds an edition by slug, also a removed (softly deleted) one: public reads check {@link
   * Pact#isDeleted()}; its slug stays taken.
   *
   * @param slug the slug
   * @return the edition, if any
   */
  Optional<Pact> findBySlug(Slug slug);

  /**
   * The edition signed most recently (unsigned editions come last); removed editions are left out
   * (since 0.4.0).
   *
   * @return the current edition, if there is any
   */
  Optional<Pact> findCurrent();

  /**
   * All editions, oldest signing date first; removed (softly deleted) ones are left out (since
   * 0.4.0).
   *
   * @return the editions
   */
  List<Pact> findAll();

  /**
   * The removed (softly deleted) editions, most recently removed first, for the back office to
   * restore.
   *
   * @return the editions
   * @since 0.4.0
   */
  List<Pact> findRemoved();

  /**
   * The goals of an edition, ordered by number; removed goals, and those of a removed edition, are
   * left out (since 0.4.0).
   *
   * @param pact the slug of the edition
   * @return the goals, empty when the edition does not exist
   */
  List<Goal> findGoals(Slug pact);

  /**
   * One goal of an edition; a removed goal, or one of a removed edition, is not found (since
   * 0.4.0): the back office finds it with {@link Pact#anyGoal(int)}.
   *
   * @param pact the slug of the edition
   * @param number the goal's number
   * @return the goal, if any
   */
  Optional<Goal> findGoal(Slug pact, int number);

  /**
   * Removes an edition with its goals and themes for good (purges it); nothing may link to its
   * goals any more.
   *
   * @param pact the edition
   */
  void delete(Pact pact);
}
