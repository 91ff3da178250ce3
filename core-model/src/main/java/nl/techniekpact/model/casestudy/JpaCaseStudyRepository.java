package nl.techniekpact.model.casestudy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.Page;
import nl.techniekpact.model.shared.Slug;
import nl.techniekpact.model.shared.VisibleAt;

/**
 * {@link CaseStudyRepository} on any JPA provider. Joins no transaction of its own.
 *
 * <p>A list is read in two queries: the ids of the page (filtered, ordered and cut in the
 * database), then those cases with their region, goals, education levels and partners fetched in
 * one join, so rendering a list never loads links case by case.
 *
 * <p>A repository made with {@link #withReadOnlyLists} marks its lists (not {@link #findById} or
 * {@link #findBySlug}) read-only for the provider: EclipseLink then builds the cases of a page
 * once, outside the persistence context, instead of building and copying them into it (the hint is
 * a provider-specific name; other providers ignore it and return managed cases as before). Such
 * lists are for showing; a case in one must not be changed.
 *
 * <pre>{@code
 * CaseStudyRepository cases = new JpaCaseStudyRepository(entityManager);
 * CaseStudyRepository shown = JpaCaseStudyRepository.withReadOnlyLists(entityManager);
 * }</pre>
 *
 * @since 0.1.0
 */
public class JpaCaseStudyRepository implements CaseStudyRepository {

  private static final String VISIBLE = VisibleAt.condition("c");

  /** EclipseLink's hint for results that are not registered in the persistence context. */
  static final String READ_ONLY = "eclipselink.read-only";

  private final EntityManager em;
  private final boolean readOnlyLists;

  /**
   * Creates the repository.
   *
   * @param em the entity manager to work in
   */
  public JpaCaseStudyRepository(EntityManager em) {
    this(em, false);
  }

  private JpaCaseStudyRepository(EntityManager em, boolean readOnlyLists) {
    this.em = Objects.requireNonNull(em, "em");
    this.readOnlyLists = readOnlyLists;
  }

  /**
   * A repository whose lists ({@link #findAll}, {@link #findAllById} and the {@code findPublished}
   * methods) are read-only: for showing, never for changing. {@link #findById}, {@link #findBySlug}
   * and the writes are as in {@link #JpaCaseStudyRepository(EntityManager)}.
   *
   * @param em the entity manager to work in
   * @return the repository
   * @since 0.5.0
   */
  public static JpaCaseStudyRepository withReadOnlyLists(EntityManager em) {
    return new JpaCaseStudyRepository(em, true);
  }

  @Override
  public CaseStudy save(CaseStudy caseStudy) {
    if (caseStudy.getId() == null) {
      em.persist(caseStudy);
      return caseStudy;
    }
    return em.merge(caseStudy);
  }

  @Override
  public Optional<CaseStudy> findById(long id) {
    return Optional.ofNullable(em.find(CaseStudy.class, id));
  }

  @Override
  public Optional<CaseStudy> findBySlug(Slug slug) {
    // its links in the same fixed number of queries as a list's (a lazy load each otherwise)
    List<Long> id =
        em.createQuery("select c.id from CaseStudy c where c.slug.value = :slug", Long.class)
            .setParameter("slug", slug.getValue())
            .getResultList();
    return id.isEmpty() ? Optional.empty() : load(id, false).stream().findFirst();
  }

  @Override
  public List<CaseStudy> findAll(Page page) {
    return load(em.createQuery("select c.id from CaseStudy c order by c.id", Long.class), page);
  }

  @Override
  public List<CaseStudy> findPublished(CaseFilter filter, Instant now, Page page) {
    return load(
        matching(filter, now, "select c.id from CaseStudy c where ", " order by c.id", Long.class),
        page);
  }

  @Override
  public long countPublished(CaseFilter filter, Instant now) {
    return matching(filter, now, "select count(c) from CaseStudy c where ", "", Long.class)
        .getSingleResult();
  }

  @Override
  public void delete(CaseStudy caseStudy) {
    em.remove(em.contains(caseStudy) ? caseStudy : em.merge(caseStudy));
  }

  /**
   * A query over the visible cases matching a filter. A case links a goal or a level at most once
   * (the link tables' primary keys), so it appears once and counts once. The goal is tested with a
   * subquery over {@code c.goals}, which reads the link table only and lets a page of ids stop
   * after its first matches in id order; the level with {@code MEMBER OF}, a join on its link table
   * (EclipseLink joins {@code case_study} a second time into any subquery over an element
   * collection, and did so for both in the earlier {@code exists (select 1 from CaseStudy cg join
   * cg.goals g where cg = c …)}: seconds per count with 100,000 cases).
   */
  private <T> TypedQuery<T> matching(
      CaseFilter filter, Instant now, String select, String orderBy, Class<T> type) {
    StringBuilder where = new StringBuilder(VISIBLE);
    if (filter.region() != null) {
      where.append(" and c.region = :region");
    }
    if (filter.goal() != null) {
      where.append(" and exists (select g from c.goals g where g = :goal)");
    }
    if (filter.level() != null) {
      where.append(" and :level member of c.educationLevels");
    }
    TypedQuery<T> query = VisibleAt.bind(em.createQuery(select + where + orderBy, type), now);
    if (filter.region() != null) {
      query.setParameter("region", filter.region());
    }
    if (filter.goal() != null) {
      query.setParameter("goal", filter.goal());
    }
    if (filter.level() != null) {
      query.setParameter("level", filter.level());
    }
    return query;
  }

  private List<CaseStudy> load(TypedQuery<Long> ids, Page page) {
    return findAllById(
        ids.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList());
  }

  /** The query, read-only if this repository's lists are and the query is for one. */
  private <T> TypedQuery<T> listing(TypedQuery<T> query, boolean list) {
    return list && readOnlyLists ? query.setHint(READ_ONLY, Boolean.TRUE) : query;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Two queries whatever the number: the partners' regions, then the cases with their region,
   * goals, education levels and partners in one join.
   *
   * @since 0.4.0
   */
  @Override
  public List<CaseStudy> findAllById(List<Long> wanted) {
    return load(wanted, true);
  }

  /**
   * {@inheritDoc}
   *
   * <p>One query whatever the number: the case's own short columns and its region's slug and name,
   * no body, no links, no entities built.
   *
   * @since 0.6.0
   */
  @Override
  public List<CaseStudySummary> findSummariesById(List<Long> wanted) {
    if (wanted.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows =
        em.createQuery(
                "select c.id, c.slug.value, c.title.nl, c.title.en, c.subtitle.nl, c.subtitle.en,"
                    + " c.summary.nl, c.summary.en, r.slug.value, r.name"
                    + " from CaseStudy c left join c.region r where c.id in :ids",
                Object[].class)
            .setParameter("ids", wanted)
            .getResultList();
    Map<Long, CaseStudySummary> byId = new HashMap<>();
    for (Object[] row : rows) {
      long id = ((Number) row[0]).longValue();
      byId.put(
          id,
          new CaseStudySummary(
              id,
              (String) row[1],
              CaseStudySummary.text((String) row[2], (String) row[3]),
              CaseStudySummary.text((String) row[4], (String) row[5]),
              CaseStudySummary.text((String) row[6], (String) row[7]),
              (String) row[8],
              (String) row[9]));
    }
    return wanted.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  private List<CaseStudy> load(List<Long> wanted, boolean list) {
    if (wanted.isEmpty()) {
      return List.of();
    }
    // The partners' regions first, in one query: an organisation's region is an eager to-one,
    // which a provider otherwise loads with one query per region not yet in the persistence
    // context while it builds the page below
    listing(
            em.createQuery(
                "select distinct r from CaseStudy c join c.partners o join o.region r"
                    + " where c.id in :ids",
                Region.class),
            list)
        .setParameter("ids", wanted)
        .getResultList();
    List<CaseStudy> rows =
        listing(
                em.createQuery(
                    "select c from CaseStudy c"
                        + " left join fetch c.region"
                        + " left join fetch c.goals"
                        + " left join fetch c.educationLevels"
                        + " left join fetch c.partners"
                        + " where c.id in :ids",
                    CaseStudy.class),
                list)
            .setParameter("ids", wanted)
            .getResultList();
    Map<Long, CaseStudy> byId = new LinkedHashMap<>();
    rows.forEach(c -> byId.putIfAbsent(c.getId(), c));
    return wanted.stream().map(byId::get).filter(Objects::nonNull).toList();
  }
}
