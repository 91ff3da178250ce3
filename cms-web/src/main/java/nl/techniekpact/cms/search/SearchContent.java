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
import nl.techniekpact.cms.search.SearchDocument.Stamp;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.pact.PactRepository;
import nl.techniekpact.model.region.Province;
import nl.techniekpact.model.shared.PublicationStatus;

/**
 * Reads what the index holds from the database: the published and scheduled items of a type that
 * are not deleted, or one item, or the items of some rows, as {@link SearchDocument}s; and the
 * {@link Stamp}s of a type's rows, to tell which a kept index must read again. Reads plain columns
 * (no entities, no links), in batches ordered by id, so 100,000 cases stream through without
 * filling memory; the same JPQL on H2 and PostgreSQL.
 */
@ApplicationScoped
public class SearchContent {

  /** Rows per query when reading a whole type. */
  static final int BATCH = 1000;

  /** Rows per query when reading stamps only (a few small columns each). */
  static final int STAMP_BATCH = 10_000;

  /**
   * The columns every versioned type's select ends with; its third column is always the publication
   * status.
   */
  private static final String TAIL = ", x.publication.until, x.version, x.updatedAt, x.deletedAt";

  /** The rows the index holds: visible or scheduled, not deleted. */
  private static final String INDEXED_ROW =
      " where x.publication.status in :indexed and x.deletedAt is null";

  /**
   * How a whole type is read: in id order only, no other condition, so the database walks the
   * primary key and stops after a batch (H2 chose the visibility index otherwise, read every
   * remaining row to sort it by id, and a batch cost as much as all the rows after it); rows not
   * indexed are skipped here instead ({@link #indexed}).
   */
  private static final String IN_ID_ORDER = " where x.id > :after order by x.id";

  private static final List<PublicationStatus> INDEXED =
      List.of(PublicationStatus.PUBLISHED, PublicationStatus.SCHEDULED);

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Inject private PactRepository pacts;

  /** Hands every indexed item of a type to {@code sink}, one after the other. */
  @Transactional
  public void readAll(SearchType type, Consumer<SearchDocument> sink) {
    readAllInBatches(type, batch -> batch.forEach(sink));
  }

  /** Hands every indexed item of a type to {@code sink}, in batches of up to {@value #BATCH}. */
  @Transactional
  public void readAllInBatches(SearchType type, Consumer<List<SearchDocument>> sink) {
    if (type == SearchType.GOAL) {
      sink.accept(goals(null));
      return;
    }
    long after = Long.MIN_VALUE;
    while (true) {
      List<Object[]> rows =
          em.createQuery(
                  type == SearchType.ORGANISATION
                      ? select(type) + " and" + IN_ID_ORDER.substring(" where".length())
                      : select(type) + IN_ID_ORDER,
                  Object[].class)
              .setParameter("after", after)
              .setMaxResults(BATCH)
              .getResultList();
      List<Object[]> kept =
          type == SearchType.ORGANISATION
              ? rows
              : rows.stream().filter(row -> indexed(row[2], row[row.length - 1])).toList();
      Map<String, List<String>> provinces = type == SearchType.REGION ? provinces(kept) : Map.of();
      List<SearchDocument> batch = new ArrayList<>(kept.size());
      for (Object[] row : kept) {
        batch.add(document(type, row, provinces));
      }
      sink.accept(batch);
      if (rows.size() < BATCH) {
        return;
      }
      after = (Long) rows.get(rows.size() - 1)[0];
    }
  }

  /**
   * Hands the indexed rows of a type, a batch at a time, to {@code sink}: each row's id, key and
   * stamp. Only for the types with rows of their own (not goals, not organisations).
   */
  @Transactional
  public void readStamps(SearchType type, Consumer<List<RowStamp>> sink) {
    String entity = entity(type);
    long after = Long.MIN_VALUE;
    while (true) {
      List<Object[]> rows =
          em.createQuery(
                  "select x.id, x.slug.value, x.version, x.updatedAt, x.publication.status,"
                      + " x.deletedAt from "
                      + entity
                      + " x"
                      + IN_ID_ORDER,
                  Object[].class)
              .setParameter("after", after)
              .setMaxResults(STAMP_BATCH)
              .getResultList();
      List<RowStamp> stamps = new ArrayList<>(rows.size());
      for (Object[] row : rows) {
        if (indexed(row[4], row[5])) {
          stamps.add(
              new RowStamp(
                  (Long) row[0], (String) row[1], stamp((Number) row[2], (OffsetDateTime) row[3])));
        }
      }
      sink.accept(stamps);
      if (rows.size() < STAMP_BATCH) {
        return;
      }
      after = (Long) rows.get(rows.size() - 1)[0];
    }
  }

  /**
   * One row's id, key and stamp.
   *
   * @param id the database id
   * @param key the slug
   * @param stamp its version and last update
   */
  public record RowStamp(long id, String key, Stamp stamp) {}

  /** The items of some rows of a type (those still indexed), as the index should hold them. */
  @Transactional
  public List<SearchDocument> readRows(SearchType type, List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    TypedQuery<Object[]> query =
        em.createQuery(select(type) + INDEXED_ROW + " and x.id in :ids", Object[].class)
            .setParameter("ids", ids)
            .setParameter("indexed", INDEXED);
    List<Object[]> rows = query.getResultList();
    Map<String, List<String>> provinces = type == SearchType.REGION ? provinces(rows) : Map.of();
    return rows.stream().map(row -> document(type, row, provinces)).toList();
  }

  /** Whether a row with this status and deletion moment belongs in the index. */
  private static boolean indexed(Object status, Object deletedAt) {
    return INDEXED.contains(status) && deletedAt == null;
  }

  private static String entity(SearchType type) {
    return switch (type) {
      case CASE -> "CaseStudy";
      case REGION -> "Region";
      case AMBASSADOR -> "Ambassador";
      case GOAL, ORGANISATION, PLUGIN_ITEM ->
          throw new IllegalArgumentException(type + " has no versioned rows of its own");
    };
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
        em.createQuery(
                select(type)
                    + (type == SearchType.ORGANISATION ? " and" : INDEXED_ROW + " and")
                    + " x.slug.value = :key",
                Object[].class)
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
              + TAIL
              + " from CaseStudy x";
      case REGION ->
          "select x.id, x.slug.value, x.publication.status, x.publication.at, x.name,"
              + " x.ambitions.nl, x.ambitions.en"
              + TAIL
              + " from Region x";
      case AMBASSADOR ->
          "select x.id, x.slug.value, x.publication.status, x.publication.at, x.name, x.role,"
              + " x.teaser.nl, x.teaser.en, x.profile.nl, x.profile.en"
              + TAIL
              + " from Ambassador x";
      case ORGANISATION ->
          "select x.id, x.slug.value, x.name, x.kind, x.website, r.slug.value,"
              + " r.publication.status from Organisation x left join x.region r"
              + " where x.deletedAt is null";
      case GOAL -> throw new IllegalArgumentException("goals are read per pact");
      case PLUGIN_ITEM -> throw new IllegalArgumentException("plugin items: SearchPluginItems");
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
              visibleFrom(row),
              visibleUntil(row),
              stamp(row));
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
              visibleFrom(row),
              visibleUntil(row),
              stamp(row));
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
              visibleFrom(row),
              visibleUntil(row),
              stamp(row));
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
      case PLUGIN_ITEM -> throw new IllegalArgumentException("plugin items: SearchPluginItems");
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

  /** The end of publication, from a versioned type's row ({@link #TAIL}). */
  private static Instant visibleUntil(Object[] row) {
    return row[row.length - 4] instanceof OffsetDateTime until ? until.toInstant() : null;
  }

  /** The stamp, from a versioned type's row ({@link #TAIL}). */
  private static Stamp stamp(Object[] row) {
    return stamp((Number) row[row.length - 3], (OffsetDateTime) row[row.length - 2]);
  }

  private static Stamp stamp(Number version, OffsetDateTime updated) {
    return new Stamp(
        version == null ? 0 : version.longValue(),
        updated == null ? 0 : updated.toInstant().toEpochMilli());
  }

  private static Instant visibleFrom(Object[] row) {
    return row[2] == PublicationStatus.SCHEDULED && row[3] instanceof OffsetDateTime at
        ? at.toInstant()
        : null;
  }
}
