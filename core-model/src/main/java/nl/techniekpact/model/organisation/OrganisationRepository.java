package nl.techniekpact.model.organisation;

import java.util.List;
import java.util.Optional;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.Slug;

/**
 * Stores and finds partner organisations. Implementations do not manage transactions.
 *
 * <pre>{@code
 * OrganisationRepository organisations = new JpaOrganisationRepository(entityManager);
 * List<Organisation> inNoord = organisations.findByRegion(noord);
 * }</pre>
 *
 * @since 0.1.0
 */
public interface OrganisationRepository {

  /**
   * Stores a new organisation or the changes to an existing one.
   *
   * @param organisation the organisation
   * @return the managed organisation
   */
  Organisation save(Organisation organisation);

  /**
   * Finds an organisation by id, also a removed (softly deleted) one.
   *
   * @param id the id
   * @return the organisation, if any
   */
  Optional<Organisation> findById(long id);

  /**
   * Finds an organisation by slug, also a removed (softly deleted) one: public reads check {@link
   * Organisation#isDeleted()}; its slug stays taken.
   *
   * @param slug the slug
   * @return the organisation, if any
   */
  Optional<Organisation> findBySlug(Slug slug);

  /**
   * All organisations, by name; removed (softly deleted) ones are left out (since 0.4.0).
   *
   * @return the organisations
   */
  List<Organisation> findAll();

  /**
   * The removed (softly deleted) organisations, most recently removed first, for the back office to
   * restore.
   *
   * @return the organisations
   * @since 0.4.0
   */
  List<Organisation> findRemoved();

  /**
   * The organisations of a landsdeel, by name; removed ones are left out (since 0.4.0).
   *
   * @param region the region
   * @return the organisations
   */
  List<Organisation> findByRegion(Region region);

  /**
   * Removes an organisation for good (purges it); no case may name it as partner any more.
   *
   * @param organisation the organisation
   */
  void delete(Organisation organisation);
}
