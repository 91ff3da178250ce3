package nl.techniekpact.model.shared;

import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The one JPQL rule for "visible to the public at a moment", the query twin of {@link
 * PublishableEntity#isVisibleAt(Instant)}: not deleted, published or scheduled at or before that
 * moment, and not past its end.
 *
 * <pre>{@code
 * List<Region> regions = VisibleAt.bind(
 *     em.createQuery("select r from Region r where " + VisibleAt.condition("r"), Region.class),
 *     Instant.now()).getResultList();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class VisibleAt {

  private VisibleAt() {}

  /**
   * The JPQL condition for an alias of a {@link PublishableEntity}, with the parameters {@code
   * :published}, {@code :scheduled} and {@code :now} that {@link #bind} sets.
   *
   * @param alias the entity's alias in the query, such as {@code "c"}
   * @return the parenthesised condition
   */
  public static String condition(String alias) {
    return "(("
        + alias
        + ".publication.status = :published or ("
        + alias
        + ".publication.status = :scheduled and "
        + alias
        + ".publication.at <= :now)) and "
        + alias
        + ".deletedAt is null and ("
        + alias
        + ".publication.until is null or "
        + alias
        + ".publication.until > :now))";
  }

  /**
   * Sets the parameters of {@link #condition} on a query.
   *
   * @param query the query using the condition
   * @param now the moment the public looks
   * @param <T> the result type
   * @return the same query
   */
  public static <T> TypedQuery<T> bind(TypedQuery<T> query, Instant now) {
    return query
        .setParameter("published", PublicationStatus.PUBLISHED)
        .setParameter("scheduled", PublicationStatus.SCHEDULED)
        .setParameter("now", now.atOffset(ZoneOffset.UTC));
  }
}
