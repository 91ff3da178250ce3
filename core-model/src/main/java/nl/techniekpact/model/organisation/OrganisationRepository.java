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
   * Finds an organisation by id.
   *
   * @param id the id
   * @return the organisation, if any
   */
  Optional<Organisation> findById(long id);

  /**
   * Finds an organisation by slug.
   *
   * @param slug the slug
   * @return the organisation, if any
   */
  Optional<Organisation> findBySlug(Slug slug);

  /**
   * All organisations, by name.
   *
   * @return the organisations
   */
  List<Organisation> findAll();

  /**
   * The organisations of a landsdeel, by name.
   *
   * @param region the region
   * @return the organisations
   */
  List<Organisation> findByRegion(Region region);

  /**
   * Removes an organisation; no case may name it as partner any more.
   *
   * @param organisation the organisation
   */
  void delete(Organisation organisation);
}
