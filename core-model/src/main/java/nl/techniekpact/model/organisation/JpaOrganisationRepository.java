package nl.techniekpact.model.organisation;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.Slug;

/**
 * {@link OrganisationRepository} on any JPA provider. Joins no transaction of its own.
 *
 * <pre>{@code
 * OrganisationRepository organisations = new JpaOrganisationRepository(entityManager);
 * }</pre>
 *
 * @since 0.1.0
 */
public class JpaOrganisationRepository implements OrganisationRepository {

  private final EntityManager em;

  /**
   * Creates the repository.
   *
   * @param em the entity manager to work in
   */
  public JpaOrganisationRepository(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  @Override
  public Organisation save(Organisation organisation) {
    if (organisation.getId() == null) {
      em.persist(organisation);
      return organisation;
    }
    return em.merge(organisation);
  }

  @Override
  public Optional<Organisation> findById(long id) {
    return Optional.ofNullable(em.find(Organisation.class, id));
  }

  @Override
  public Optional<Organisation> findBySlug(Slug slug) {
    return em.createQuery(
            "select o from Organisation o where o.slug.value = :slug", Organisation.class)
        .setParameter("slug", slug.getValue())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Organisation> findAll() {
    return em.createQuery(
            "select o from Organisation o where o.deletedAt is null order by o.name, o.id",
            Organisation.class)
        .getResultList();
  }

  @Override
  public List<Organisation> findRemoved() {
    return em.createQuery(
            "select o from Organisation o where o.deletedAt is not null"
                + " order by o.deletedAt desc, o.id",
            Organisation.class)
        .getResultList();
  }

  @Override
  public List<Organisation> findByRegion(Region region) {
    return em.createQuery(
            "select o from Organisation o where o.region = :region and o.deletedAt is null"
                + " order by o.name, o.id",
            Organisation.class)
        .setParameter("region", region)
        .getResultList();
  }

  @Override
  public void delete(Organisation organisation) {
    em.remove(em.contains(organisation) ? organisation : em.merge(organisation));
  }
}
