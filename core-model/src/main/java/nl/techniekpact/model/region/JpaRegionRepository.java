package nl.techniekpact.model.region;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.techniekpact.model.shared.Slug;
import nl.techniekpact.model.shared.VisibleAt;

/**
 * {@link RegionRepository} on any JPA provider. Joins no transaction of its own.
 *
 * <pre>{@code
 * RegionRepository regions = new JpaRegionRepository(entityManager);
 * }</pre>
 *
 * @since 0.1.0
 */
public class JpaRegionRepository implements RegionRepository {

  private final EntityManager em;

  /**
   * Creates the repository.
   *
   * @param em the entity manager to work in
   */
  public JpaRegionRepository(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  @Override
  public Region save(Region region) {
    if (region.getId() == null) {
      em.persist(region);
      return region;
    }
    return em.merge(region);
  }

  @Override
  public Optional<Region> findById(long id) {
    return Optional.ofNullable(em.find(Region.class, id));
  }

  @Override
  public Optional<Region> findBySlug(Slug slug) {
    return em.createQuery("select r from Region r where r.slug.value = :slug", Region.class)
        .setParameter("slug", slug.getValue())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Region> findAll() {
    return em.createQuery("select r from Region r order by r.name, r.id", Region.class)
        .getResultList();
  }

  @Override
  public List<Region> findPublished(Instant now) {
    return VisibleAt.bind(
            em.createQuery(
                "select r from Region r where "
                    + VisibleAt.condition("r")
                    + " order by r.name, r.id",
                Region.class),
            now)
        .getResultList();
  }

  @Override
  public void delete(Region region) {
    em.remove(em.contains(region) ? region : em.merge(region));
  }
}
