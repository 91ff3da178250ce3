package nl.techniekpact.model.ambassador;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.model.shared.Slug;

/**
 * Stores and finds the aanjager and ambassadeurs. Implementations do not manage transactions.
 *
 * <pre>{@code
 * AmbassadorRepository ambassadors = new JpaAmbassadorRepository(entityManager);
 * List<Ambassador> faces = ambassadors.findPublished(Instant.now()); // aanjager first
 * }</pre>
 *
 * @since 0.1.0
 */
public interface AmbassadorRepository {

  /**
   * Stores a new ambassador or the changes to an existing one.
   *
   * @param ambassador the ambassador
   * @return the managed ambassador
   */
  Ambassador save(Ambassador ambassador);

  /**
   * Finds an ambassador by id.
   *
   * @param id the id
   * @return the ambassador, if any
   */
  Optional<Ambassador> findById(long id);

  /**
   * Finds an ambassador by slug.
   *
   * @param slug the slug
   * @return the ambassador, if any
   */
  Optional<Ambassador> findBySlug(Slug slug);

  /**
   * All ambassadors: aanjagers first, then in the order they were added.
   *
   * @return the ambassadors
   */
  List<Ambassador> findAll();

  /**
   * The ambassadors the public may see at a moment, aanjagers first, with their goals loaded.
   *
   * @param now the moment
   * @return the ambassadors
   */
  List<Ambassador> findPublished(Instant now);

  /**
   * Removes an ambassador.
   *
   * @param ambassador the ambassador
   */
  void delete(Ambassador ambassador);
}
