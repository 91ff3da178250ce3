package nl.techniekpact.model.casestudy;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.PublicationStatus;

/**
 * Reads {@link ListedCase}s from the database for a {@link CaseListing}: plain columns and link
 * rows, no entities, the same queries on H2 and PostgreSQL. All cases are read in three scans
 * (about 100 bytes a case in flight); one case in three small queries.
 *
 * <pre>{@code
 * listing.replaceAll(ListedCases.readAll(em));
 * ListedCases.readBySlug(em, "de-maakotheek").ifPresent(listing::put);
 * }</pre>
 *
 * @since 0.4.0
 */
public final class ListedCases {

  private static final String COLUMNS =
      "select c.id, c.publication.status, c.publication.at, c.publication.until, c.deletedAt, r.id"
          + " from CaseStudy c left join c.region r";

  private ListedCases() {}

  /**
   * Every case, in id order: three plain scans (the cases' rule columns, which the covering index
   * {@code ix_case_study_region_visible} holds, and the two link tables), without reading the
   * cases' rows with their texts.
   *
   * @param em the entity manager, in a transaction or not
   * @return the cases
   */
  public static List<ListedCase> readAll(EntityManager em) {
    Map<Long, List<Long>> goals = new HashMap<>();
    for (Object[] link : rows(em, "select case_study_id, goal_id from case_study_goal")) {
      goals.computeIfAbsent(number(link[0]), id -> new ArrayList<>()).add(number(link[1]));
    }
    Map<Long, EnumSet<EducationLevel>> levels = new HashMap<>();
    for (Object[] link :
        rows(em, "select case_study_id, education_level from case_study_education_level")) {
      levels
          .computeIfAbsent(number(link[0]), id -> EnumSet.noneOf(EducationLevel.class))
          .add(EducationLevel.valueOf(link[1].toString()));
    }
    List<ListedCase> all = new ArrayList<>();
    for (Object[] row :
        rows(
            em,
            "select id, publication_status, publication_at, publication_until, deleted_at,"
                + " region_id from case_study")) {
      long id = number(row[0]);
      all.add(
          new ListedCase(
              id,
              PublicationStatus.valueOf(row[1].toString()),
              micros(row[2]),
              micros(row[3]),
              row[4] != null,
              row[5] == null ? 0 : number(row[5]),
              goals.getOrDefault(id, List.of()).stream().mapToLong(Long::longValue).toArray(),
              bits(levels.getOrDefault(id, EnumSet.noneOf(EducationLevel.class)))));
    }
    all.sort(java.util.Comparator.comparingLong(ListedCase::id));
    return all;
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(EntityManager em, String sql) {
    return em.createNativeQuery(sql).getResultList();
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  private static int bits(Set<EducationLevel> levels) {
    int bits = 0;
    for (EducationLevel level : levels) {
      bits |= ListedCase.bit(level);
    }
    return bits;
  }

  /** A moment as the JDBC driver gives it (H2: OffsetDateTime, PostgreSQL: Timestamp). */
  private static long micros(Object moment) {
    if (moment == null) {
      return ListedCase.NEVER;
    }
    if (moment instanceof OffsetDateTime offset) {
      return ListedCase.micros(offset.toInstant());
    }
    if (moment instanceof java.sql.Timestamp timestamp) {
      return ListedCase.micros(timestamp.toInstant());
    }
    if (moment instanceof java.time.Instant instant) {
      return ListedCase.micros(instant);
    }
    throw new IllegalStateException("Unexpected moment type " + moment.getClass().getName());
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
