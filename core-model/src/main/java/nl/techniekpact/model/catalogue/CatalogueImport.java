package nl.techniekpact.model.catalogue;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import nl.techniekpact.model.ambassador.Ambassador;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.organisation.Organisation;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.DomainException;
import nl.techniekpact.model.shared.Slug;

/**
 * Stores a whole {@link Catalogue} through an {@link EntityManager}, all or nothing.
 *
 * <p>Everything is checked before the first entity is persisted: the catalogue's own rules and
 * references, slugs already taken in the database, and — when a {@link Validator} is given — Bean
 * Validation of every entity. Any problem throws a {@link CatalogueValidationException} listing
 * them all, and nothing has been written. The import then persists and flushes inside the caller's
 * transaction; it never begins, commits or rolls back one, so it works with container JTA and with
 * resource-local transactions alike. Should the database still refuse a row, the flush throws and
 * the caller's rollback undoes the rest.
 *
 * <pre>{@code
 * EntityTransaction tx = em.getTransaction();
 * tx.begin();
 * try {
 *   ImportSummary stored = CatalogueImport.into(em).persist(Catalogue.seed());
 *   tx.commit();
 * } catch (RuntimeException e) {
 *   if (tx.isActive()) tx.rollback();
 *   throw e;
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CatalogueImport {

  /** Slugs checked per query, below every database's limit of bind parameters. */
  static final int SLUGS_PER_QUERY = 1000;

  /**
   * Entities persisted between two flushes. One flush per entity costs a round trip each; one flush
   * for everything holds every pending insert in memory at once. Each list (pacts, regions, …) is
   * flushed before the next, so its rows exist when the next list refers to them.
   */
  static final int FLUSH_EVERY = 500;

  private final EntityManager em;
  private final Validator validator;
  private final Progress progress;
  private final int chunk;

  private CatalogueImport(EntityManager em, Validator validator, Progress progress, int chunk) {
    this.em = em;
    this.validator = validator;
    this.progress = progress;
    this.chunk = chunk;
  }

  /**
   * Told how far a running import is, after each entity it persisted.
   *
   * @since 0.2.0
   */
  @FunctionalInterface
  public interface Progress {
    /**
     * Reports progress.
     *
     * @param persisted entities persisted so far
     * @param total entities to persist
     */
    void persisted(int persisted, int total);
  }

  /**
   * An import into the given entity manager.
   *
   * @param em the entity manager, in a transaction when {@link #persist} is called
   * @return the import
   */
  public static CatalogueImport into(EntityManager em) {
    return new CatalogueImport(Objects.requireNonNull(em, "em"), null, (done, total) -> {}, 1);
  }

  /**
   * Also checks every entity with Bean Validation before persisting anything.
   *
   * @param beanValidator the validator
   * @return a new import that validates
   */
  public CatalogueImport validatingWith(Validator beanValidator) {
    return new CatalogueImport(
        em, Objects.requireNonNull(beanValidator, "validator"), progress, chunk);
  }

  /**
   * Also reports progress while persisting, for example to draw a progress bar when loading a large
   * generated catalogue.
   *
   * <pre>{@code
   * CatalogueImport.into(em).reportingTo((done, total) -> bar.show(done, total)).persist(big);
   * }</pre>
   *
   * @param listener told after each entity persisted
   * @return a new import that reports
   * @since 0.2.0
   */
  public CatalogueImport reportingTo(Progress listener) {
    return new CatalogueImport(em, validator, Objects.requireNonNull(listener, "listener"), chunk);
  }

  /**
   * Flushes {@code size} entities at a time instead of each one on its own: for bulk loads, such as
   * a generated benchmark catalogue of 100,000 cases, several times faster (fewer flushes, and a
   * provider's JDBC batch writing can group the link rows).
   *
   * <p>The price is the order of ids. By default every entity is flushed on its own, so the
   * database's ids follow the catalogue's order and lists ordered by id (and {@link
   * CatalogueExport}) give the catalogue back in its order. Within a chunk a JPA provider inserts
   * in an order of its own (EclipseLink does not keep the order of {@code persist} calls), so ids
   * then follow the catalogue only from one chunk to the next. Each list (pacts, regions, …) is
   * still flushed before the next begins.
   *
   * <pre>{@code
   * CatalogueImport.into(em).inChunksOf(500).persist(generated);
   * }</pre>
   *
   * @param size entities per flush, at least 1 (1 is the default, in catalogue order)
   * @return a new import that flushes in chunks
   * @throws IllegalArgumentException when {@code size} is below 1
   * @since 0.3.0
   */
  public CatalogueImport inChunksOf(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("chunk size must be at least 1, was " + size);
    }
    return new CatalogueImport(em, validator, progress, size);
  }

  /**
   * Stores the catalogue.
   *
   * @param catalogue the catalogue
   * @return what was stored
   * @throws CatalogueValidationException when anything is wrong; nothing has been persisted then
   * @throws jakarta.persistence.PersistenceException when the database refuses; roll back
   */
  public ImportSummary persist(Catalogue catalogue) {
    CatalogueGraph graph =
        CatalogueGraph.build(
            catalogue.pacts(),
            catalogue.regions(),
            catalogue.organisations(),
            catalogue.ambassadors(),
            catalogue.cases());
    List<CatalogueProblem> problems = new ArrayList<>();
    taken(problems, "pacts", "Pact", graph.pacts, Pact::getSlug);
    taken(problems, "regions", "Region", graph.regions, Region::getSlug);
    taken(problems, "organisations", "Organisation", graph.organisations, Organisation::getSlug);
    taken(problems, "ambassadors", "Ambassador", graph.ambassadors, Ambassador::getSlug);
    taken(problems, "cases", "CaseStudy", graph.cases, CaseStudy::getSlug);
    if (validator != null) {
      validate(problems, "pacts", graph.pacts);
      validate(problems, "regions", graph.regions);
      validate(problems, "organisations", graph.organisations);
      validate(problems, "ambassadors", graph.ambassadors);
      validate(problems, "cases", graph.cases);
    }
    if (!problems.isEmpty()) {
      throw new CatalogueValidationException(problems);
    }
    // flushed one by one by default: the ids then follow the catalogue's order, which lists keep
    List<List<?>> all =
        List.of(graph.pacts, graph.regions, graph.organisations, graph.ambassadors, graph.cases);
    int total = all.stream().mapToInt(List::size).sum();
    int done = 0;
    for (List<?> entities : all) {
      int unflushed = 0;
      for (Object entity : entities) {
        em.persist(entity);
        if (++unflushed == chunk) {
          em.flush();
          unflushed = 0;
        }
        progress.persisted(++done, total);
      }
      em.flush();
    }
    return new ImportSummary(
        graph.pacts.size(),
        graph.pacts.stream().mapToInt(p -> p.getGoals().size()).sum(),
        graph.regions.size(),
        graph.organisations.size(),
        graph.ambassadors.size(),
        graph.cases.size());
  }

  private <T> void taken(
      List<CatalogueProblem> problems,
      String list,
      String entity,
      List<T> items,
      Function<T, Slug> slugOf) {
    if (items.isEmpty()) {
      return;
    }
    List<String> slugs = items.stream().map(slugOf).map(Slug::getValue).toList();
    Set<String> existing = new HashSet<>();
    for (int from = 0; from < slugs.size(); from += SLUGS_PER_QUERY) {
      existing.addAll(
          em.createQuery(
                  "select e.slug.value from " + entity + " e where e.slug.value in :slugs",
                  String.class)
              .setParameter(
                  "slugs", slugs.subList(from, Math.min(slugs.size(), from + SLUGS_PER_QUERY)))
              .getResultList());
    }
    for (int i = 0; i < slugs.size(); i++) {
      if (existing.contains(slugs.get(i))) {
        problems.add(
            new CatalogueProblem(
                list + "[" + i + "].slug",
                "slug "
                    + DomainException.quote(slugs.get(i))
                    + " is already taken in the database"));
      }
    }
  }

  private <T> void validate(List<CatalogueProblem> problems, String list, Collection<T> items) {
    int i = 0;
    for (T item : items) {
      Set<ConstraintViolation<T>> violations = validator.validate(item);
      for (ConstraintViolation<T> v : violations) {
        problems.add(
            new CatalogueProblem(
                list + "[" + i + "]." + v.getPropertyPath(),
                v.getMessage() + " (was " + DomainException.quote(v.getInvalidValue()) + ")"));
      }
      i++;
    }
  }
}
