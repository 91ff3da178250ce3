package nl.techniekpact.model.pact;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.techniekpact.model.shared.Slug;

/**
 * {@link PactRepository} on any JPA provider. Joins no transaction of its own.
 *
 * <pre>{@code
 * PactRepository pacts = new JpaPactRepository(entityManager);
 * }</pre>
 *
 * @since 0.1.0
 */
public class JpaPactRepository implements PactRepository {

  private final EntityManager em;

  /**
   * Creates the repository.
   *
   * @param em the entity manager to work in
   */
  public JpaPactRepository(EntityManager em) {
    this.em = Objects.requireNonNull(em, "em");
  }

  @Override
  public Pact save(Pact pact) {
    if (pact.getId() == null) {
      em.persist(pact);
      return pact;
    }
    return em.merge(pact);
  }

  @Override
  public Optional<Pact> findById(long id) {
    return Optional.ofNullable(em.find(Pact.class, id));
  }

  @Override
  public Optional<Pact> findBySlug(Slug slug) {
    return em.createQuery("select p from Pact p where p.slug.value = :slug", Pact.class)
        .setParameter("slug", slug.getValue())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Pact> findCurrent() {
    return em.createQuery(
            "select p from Pact p where p.signedOn is not null and p.deletedAt is null"
                + " order by p.signedOn desc, p.id desc",
            Pact.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .or(
            () ->
                em.createQuery(
                        "select p from Pact p where p.deletedAt is null order by p.id desc",
                        Pact.class)
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst());
  }

  @Override
  public List<Pact> findAll() {
    return em.createQuery(
            "select p from Pact p where p.deletedAt is null order by p.signedOn, p.id", Pact.class)
        .getResultList();
  }

  @Override
  public List<Pact> findRemoved() {
    return em.createQuery(
            "select p from Pact p where p.deletedAt is not null order by p.deletedAt desc, p.id",
            Pact.class)
        .getResultList();
  }

  @Override
  public List<Goal> findGoals(Slug pact) {
    return em.createQuery(
            "select g from Goal g where g.pact.slug.value = :pact and g.deletedAt is null"
                + " and g.pact.deletedAt is null order by g.number",
            Goal.class)
        .setParameter("pact", pact.getValue())
        .getResultList();
  }

  @Override
  public Optional<Goal> findGoal(Slug pact, int number) {
    return em.createQuery(
            "select g from Goal g where g.pact.slug.value = :pact and g.number = :number"
                + " and g.deletedAt is null and g.pact.deletedAt is null",
            Goal.class)
        .setParameter("pact", pact.getValue())
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void delete(Pact pact) {
    em.remove(em.contains(pact) ? pact : em.merge(pact));
  }
}
