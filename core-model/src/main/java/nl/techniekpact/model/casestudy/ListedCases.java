package nl.techniekpact.model.casestudy;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.PublicationStatus;

/**
 * Reads {@link ListedCase}s from the database for a {@link CaseListing}: plain columns and link
 * rows, no entities, the same JPQL on H2 and PostgreSQL. All cases are read in batches of {@value
 * #BATCH} ids (three queries a batch), so the rows in flight stay small.
 *
 * <pre>{@code
 * listing.replaceAll(ListedCases.readAll(em));
 * ListedCases.readBySlug(em, "de-maakotheek").ifPresent(listing::put);
 * }</pre>
 *
 * @since 0.4.0
 */
public final class ListedCases {

  /** Cases per batch when reading them all. */
  static final int BATCH = 5_000;

  private static final String COLUMNS =
      "select c.id, c.publication.status, c.publication.at, c.publication.until, c.deletedAt, r.id"
          + " from CaseStudy c left join c.region r";

  private ListedCases() {}

  /**
   * Every case, in id order.
   *
   * @param em the entity manager, in a transaction or not
   * @return the cases
   */
  public static List<ListedCase> readAll(EntityManager em) {
    List<ListedCase> all = new ArrayList<>();
    long after = Long.MIN_VALUE;
    while (true) {
      List<Object[]> rows =
          em.createQuery(COLUMNS + " where c.id > :after order by c.id", Object[].class)
              .setParameter("after", after)
              .setMaxResults(BATCH)
              .getResultList();
      if (rows.isEmpty()) {
        return all;
      }
      long first = (Long) rows.get(0)[0];
      long last = (Long) rows.get(rows.size() - 1)[0];
      all.addAll(withLinks(em, rows, first, last));
      if (rows.size() < BATCH) {
        return all;
      }
      after = last;
    }
  }

  /**
   * One case as the database holds it now.
   *
   * @param em the entity manager
   * @param id the case's id
   * @return the case, or empty when there is none with that id
   */
  public static Optional<ListedCase> read(EntityManager em, long id) {
    List<Object[]> rows =
        em.createQuery(COLUMNS + " where c.id = :id", Object[].class)
            .setParameter("id", id)
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(withLinks(em, rows, id, id).get(0));
  }

  /**
   * The case that has a slug now.
   *
   * @param em the entity manager
   * @param slug the slug
   * @return the case, or empty when no case has that slug
   */
  public static Optional<ListedCase> readBySlug(EntityManager em, String slug) {
    return em.createQuery("select c.id from CaseStudy c where c.slug.value = :slug", Long.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .flatMap(id -> read(em, id));
  }

  private static List<ListedCase> withLinks(
      EntityManager em, List<Object[]> rows, long first, long last) {
    Map<Long, List<Long>> goals = new HashMap<>();
    for (Object[] link :
        em.createQuery(
                "select c.id, g.id from CaseStudy c join c.goals g"
                    + " where c.id between :first and :last",
                Object[].class)
            .setParameter("first", first)
            .setParameter("last", last)
            .getResultList()) {
      goals.computeIfAbsent((Long) link[0], id -> new ArrayList<>()).add((Long) link[1]);
    }
    Map<Long, EnumSet<EducationLevel>> levels = new HashMap<>();
    for (Object[] link :
        em.createQuery(
                "select c.id, l from CaseStudy c join c.educationLevels l"
                    + " where c.id between :first and :last",
                Object[].class)
            .setParameter("first", first)
            .setParameter("last", last)
            .getResultList()) {
      levels
          .computeIfAbsent((Long) link[0], id -> EnumSet.noneOf(EducationLevel.class))
          .add((EducationLevel) link[1]);
    }
    List<ListedCase> listed = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      Long id = (Long) row[0];
      listed.add(
          ListedCase.of(
              id,
              (PublicationStatus) row[1],
              (OffsetDateTime) row[2],
              (OffsetDateTime) row[3],
              (OffsetDateTime) row[4],
              (Long) row[5],
              goals.getOrDefault(id, List.of()).stream().mapToLong(Long::longValue).toArray(),
              levels.getOrDefault(id, EnumSet.noneOf(EducationLevel.class))));
    }
    return listed;
  }
}
