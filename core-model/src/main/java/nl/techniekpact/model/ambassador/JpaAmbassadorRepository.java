package nl.techniekpact.model.ambassador;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.techniekpact.model.shared.Slug;
import nl.techniekpact.model.shared.VisibleAt;

/**
 * {@link AmbassadorRepository} on any JPA provider. Joins no transaction of its own.
 *
 * <pre>{@code
 * AmbassadorRepository ambassadors = new JpaAmbassadorRepository(entityManager);
 * }</pre>
 *
 * @since 0.1.0
 */
public class JpaAmbassadorRepository implements AmbassadorRepository {

  private final EntityManager em;

  /**
   * Creates the repository.
   *
   * @param em the entity manager to work in
   */
  public JpaAmbassadorRepository(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  @Override
  public Ambassador save(Ambassador ambassador) {
    if (ambassador.getId() == null) {
      em.persist(ambassador);
      return ambassador;
    }
    return em.merge(ambassador);
  }

  @Override
  public Optional<Ambassador> findById(long id) {
    return Optional.ofNullable(em.find(Ambassador.class, id));
  }

  @Override
  public Optional<Ambassador> findBySlug(Slug slug) {
    return em.createQuery("select a from Ambassador a where a.slug.value = :slug", Ambassador.class)
        .setParameter("slug", slug.getValue())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Ambassador> findAll() {
    return em.createQuery("select a from Ambassador a order by a.role, a.id", Ambassador.class)
        .getResultList();
  }

  @Override
  public List<Ambassador> findPublished(Instant now) {
    List<Ambassador> rows =
        VisibleAt.bind(
                em.createQuery(
                    "select a from Ambassador a left join fetch a.goals where "
                        + VisibleAt.condition("a")
                        + " order by a.role, a.id",
                    Ambassador.class),
                now)
            .getResultList();
    return List.copyOf(new LinkedHashSet<>(rows));
  }

  @Override
  public void delete(Ambassador ambassador) {
    em.remove(em.contains(ambassador) ? ambassador : em.merge(ambassador));
  }
}
