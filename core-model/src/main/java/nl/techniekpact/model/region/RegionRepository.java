package nl.techniekpact.model.region;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.model.shared.Slug;

/**
 * Stores and finds the landsdelen. Implementations do not manage transactions.
 *
 * <pre>{@code
 * RegionRepository regions = new JpaRegionRepository(entityManager);
 * Region noord = regions.findBySlug(Slug.of("noord-nederland")).orElseThrow();
 * List<Region> shown = regions.findPublished(Instant.now());
 * }</pre>
 *
 * @since 0.1.0
 */
public interface RegionRepository {

  /**
   * Stores a new region or the changes to an existing one.
   *
   * @param region the region
   * @return the managed region
   */
  Region save(Region region);

  /**
   * Finds a region by id.
   *
   * @param id the id
   * @return the region, if any
   */
  Optional<Region> findById(long id);

  /**
   * Finds a region by slug.
   *
   * @param slug the slug
   * @return the region, if any
   */
  Optional<Region> findBySlug(Slug slug);

  /**
   * All regions, by name.
   *
   * @return the regions
   */
  List<Region> findAll();

  /**
   * The regions the public may see at a moment, by name.
   *
   * @param now the moment
   * @return the regions
   */
  List<Region> findPublished(Instant now);

  /**
   * Removes a region; nothing may refer to it any more.
   *
   * @param region the region
   */
  void delete(Region region);
}
