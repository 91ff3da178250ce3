package nl.techniekpact.cms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.pact.PactRepository;
import nl.techniekpact.model.region.Province;
import nl.techniekpact.model.shared.PublicationStatus;

/**
 * Reads what the index holds from the database: the published and scheduled items of a type, or one
 * item, as {@link SearchDocument}s. Reads plain columns (no entities, no links), in batches of
 * {@value #BATCH} ordered by id, so 100,000 cases stream through without filling memory; the same
 * JPQL on H2 and PostgreSQL.
 */
@ApplicationScoped
public class SearchContent {

  /** Rows per query when reading a whole type. */
  static final int BATCH = 500;

  private static final List<PublicationStatus> INDEXED =
      List.of(PublicationStatus.PUBLISHED, PublicationStatus.SCHEDULED);

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Inject private PactRepository pacts;

  /** Hands every indexed item of a type to {@code sink}, batch by batch. */
  @Transactional
  public void readAll(SearchType type, Consumer<SearchDocument> sink) {
    if (type == SearchType.GOAL) {
      goals(null).forEach(sink);
      return;
    }
    long after = Long.MIN_VALUE;
    while (true) {
      TypedQuery<Object[]> query =
          em.createQuery(select(type) + " and x.id > :after order by x.id", Object[].class)
              .setParameter("after", after)
              .setMaxResults(BATCH);
      if (type != SearchType.ORGANISATION) {
        query.setParameter("indexed", INDEXED);
      }
      List<Object[]> rows = query.getResultList();
      Map<String, List<String>> provinces = type == SearchType.REGION ? provinces(rows) : Map.of();
      for (Object[] row : rows) {
        sink.accept(document(type, row, provinces));
      }
      if (rows.size() < BATCH) {
        return;
      }
      after = (Long) rows.get(rows.size() - 1)[0];
    }
  }

  /**
   * The item as the index should hold it, or empty when the public may not see it (draft, archived,
   * deleted) so it must leave the index.
   */
  @Transactional
  public Optional<SearchDocument> read(SearchType type, String key) {
    if (type == SearchType.GOAL) {
      return goals(key).stream().findFirst();
    }
    TypedQuery<Object[]> query =
        em.createQuery(select(type) + " and x.slug.value = :key", Object[].class)
            .setParameter("key", key);
    if (type != SearchType.ORGANISATION) {
      query.setParameter("indexed", INDEXED);
    }
    List<Object[]> rows = query.getResultList();
    Map<String, List<String>> provinces = type == SearchType.REGION ? provinces(rows) : Map.of();
    return rows.stream().findFirst().map(row -> document(type, row, provinces));
  }

  private static String select(SearchType type) {
    return switch (type) {
      case CASE ->
          "select x.id, x.slug.value, x.publication.status, x.publication.at,"
              + " x.title.nl, x.title.en, x.subtitle.nl, x.subtitle.en, x.summary.nl,"
              + " x.summary.en, x.body.nl, x.body.en"
              + " from CaseStudy x where x.publication.status in :indexed";
      case REGION ->
          "select x.id, x.slug.value, x.publication.status, x.publication.at, x.name,"
              + " x.ambitions.nl, x.ambitions.en"
              + " from Region x where x.publication.status in :indexed";
      case AMBASSADOR ->
          "select x.id, x.slug.value, x.publication.status, x.publication.at, x.name, x.role,"
              + " x.teaser.nl, x.teaser.en, x.profile.nl, x.profile.en"
              + " from Ambassador x where x.publication.status in :indexed";
      case ORGANISATION ->
          "select x.id, x.slug.value, x.name, x.kind, x.website, r.slug.value,"
              + " r.publication.status from Organisation x left join x.region r"
              + " where x.deletedAt is null";
      case GOAL -> throw new IllegalArgumentException("goals are read per pact");
    };
  }

  private static SearchDocument document(
      SearchType type, Object[] row, Map<String, List<String>> provinces) {
    String slug = (String) row[1];
    String path = type.path(slug).orElse(null);
    return switch (type) {
      case CASE ->
          new SearchDocument(
              type,
              slug,
              (String) row[4],
              (String) row[5],
              SearchDocument.paragraphs((String) row[6], (String) row[8], (String) row[10]),
              SearchDocument.paragraphs((String) row[7], (String) row[9], (String) row[11]),
              path,
              visibleFrom(row));
      case REGION ->
          new SearchDocument(
              type,
              slug,
              (String) row[4],
              null,
              SearchDocument.paragraphs(
                  String.join(", ", provinces.getOrDefault(slug, List.of())), (String) row[5]),
              (String) row[6],
              path,
              visibleFrom(row));
      case AMBASSADOR ->
          new SearchDocument(
              type,
              slug,
              (String) row[4],
              null,
              SearchDocument.paragraphs(
                  String.valueOf(row[5]).toLowerCase(Locale.ROOT),
                  (String) row[6],
                  (String) row[8]),
              SearchDocument.paragraphs((String) row[7], (String) row[9]),
              path,
              visibleFrom(row));
      case ORGANISATION ->
          new SearchDocument(
              type,
              slug,
              (String) row[2],
              null,
              String.valueOf(row[3]).toLowerCase(Locale.ROOT),
              null,
              organisationLink((String) row[4], (String) row[5], row[6]),
              null);
      case GOAL -> throw new IllegalArgumentException("goals are read per pact");
    };
  }

  /** An organisation's result links to its region's page, else to its own website. */
  private static String organisationLink(String website, String region, Object regionStatus) {
    if (region != null && regionStatus == PublicationStatus.PUBLISHED) {
      return SearchType.REGION.path(region).orElseThrow();
    }
    return website;
  }

  /** The goals of the current pact (the one {@code /doelen} shows), or one of them by number. */
  private List<SearchDocument> goals(String number) {
    Optional<Pact> current = pacts.findCurrent();
    if (current.isEmpty()) {
      return List.of();
    }
    String jpql =
        "select g.number, g.title.nl, g.title.en, g.description.nl, g.description.en"
            + " from Goal g where g.pact.id = :pact and g.deletedAt is null"
            + (number == null ? "" : " and g.number = :number")
            + " order by g.number";
    TypedQuery<Object[]> query =
        em.createQuery(jpql, Object[].class).setParameter("pact", current.get().getId());
    if (number != null) {
      try {
        query.setParameter("number", Integer.parseInt(number));
      } catch (NumberFormatException notAGoal) {
        return List.of();
      }
    }
    List<SearchDocument> goals = new ArrayList<>();
    for (Object[] row : query.getResultList()) {
      String key = String.valueOf(row[0]);
      goals.add(
          new SearchDocument(
              SearchType.GOAL,
              key,
              (String) row[1],
              (String) row[2],
              (String) row[3],
              (String) row[4],
              SearchType.GOAL.path(key).orElseThrow(),
              null));
    }
    return goals;
  }

  private Map<String, List<String>> provinces(List<Object[]> regions) {
    if (regions.isEmpty()) {
      return Map.of();
    }
    List<Long> ids = regions.stream().map(row -> (Long) row[0]).toList();
    Map<String, List<String>> names = new LinkedHashMap<>();
    for (Object[] row :
        em.createQuery(
                "select r.slug.value, p from Region r join r.provinces p where r.id in :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      names
          .computeIfAbsent((String) row[0], any -> new ArrayList<>())
          .add(((Province) row[1]).getDisplayName());
    }
    return names;
  }

  private static Instant visibleFrom(Object[] row) {
    return row[2] == PublicationStatus.SCHEDULED && row[3] instanceof OffsetDateTime at
        ? at.toInstant()
        : null;
  }
}
