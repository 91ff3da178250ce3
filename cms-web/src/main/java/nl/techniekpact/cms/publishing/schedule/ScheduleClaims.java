package nl.techniekpact.cms.publishing.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.techniekpact.cms.publishing.ContentChanged;
import nl.techniekpact.cms.publishing.EditableType;
import nl.techniekpact.cms.publishing.Operation;
import nl.techniekpact.cms.publishing.audit.AuditEntry;
import nl.techniekpact.cms.publishing.audit.AuditLog;
import nl.techniekpact.cms.publishing.revision.RevisionLog;
import nl.techniekpact.cms.publishing.revision.Snapshots;
import nl.techniekpact.model.shared.AuditedEntity;
import nl.techniekpact.model.shared.PublicationStatus;
import nl.techniekpact.model.shared.PublishableEntity;

/**
 * Finds the items whose scheduled publication or end has come, and claims each in a transaction of
 * its own with a conditional UPDATE: only the one server whose UPDATE changes the row (status still
 * scheduled, moment passed) carries the transition out, records it as a revision (author {@value
 * AuditEntry#SYSTEM}, so every version of an item is a revision) and in the audit log, and returns
 * the event to fire — exactly once, however many servers look at the same moment.
 */
@ApplicationScoped
public class ScheduleClaims {

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  private static final Jsonb JSONB = JsonbBuilder.create();

  /** A moment before any publication's end, the lower bound of the query for ends. */
  private static final Instant LONG_AGO = Instant.parse("1900-01-01T00:00:00Z");

  @Inject private AuditLog audit;
  @Inject private RevisionLog revisions;
  @Inject @Any private Instance<EditableType<?, ?, ?>> types;

  /**
   * A due item: its id, slug, the slug of its region (or {@code null}) and its content type key
   * when its type has one per item (or {@code null}).
   */
  record Due(long id, String slug, String region, String contentType) {}

  /**
   * The items of a type whose transition is due at a moment: a scheduled start that has come, or
   * the end of a live item. Two queries, each on its own index; ORed in one, H2 read every row of
   * the table (4 s of CPU every check with 100,000 cases).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Due> due(ScheduledType type, Instant now) {
    String select =
        "select c.id, c.slug.value"
            + (type.regionSlug() == null ? ", ''" : ", " + type.regionSlug())
            + (type.contentTypePath() == null ? ", ''" : ", " + type.contentTypePath())
            + ", c.publication.status, c.deletedAt from "
            + type.entity()
            + " c"
            + type.regionJoin()
            + " where ";
    List<Object[]> starts =
        em.createQuery(
                select
                    + "c.deletedAt is null and c.publication.status = :scheduled"
                    + " and c.publication.at <= :now",
                Object[].class)
            .setParameter("scheduled", PublicationStatus.SCHEDULED)
            .setParameter("now", moment(now))
            .getResultList();
    // the moment alone, so that H2 ranges over the end's own index (from past its nulls) rather
    // than over every live row; live and not deleted are checked here, on the few ends that came
    List<Object[]> ends =
        em.createQuery(
                select + "c.publication.until > :longAgo and c.publication.until <= :now",
                Object[].class)
            .setParameter("longAgo", moment(LONG_AGO))
            .setParameter("now", moment(now))
            .getResultList();
    Map<Long, Due> due = new LinkedHashMap<>();
    for (Object[] row : starts) {
      due.putIfAbsent(((Number) row[0]).longValue(), due(type, row));
    }
    for (Object[] row : ends) {
      if (row[5] == null
          && (row[4] == PublicationStatus.PUBLISHED || row[4] == PublicationStatus.SCHEDULED)) {
        due.putIfAbsent(((Number) row[0]).longValue(), due(type, row));
      }
    }
    return List.copyOf(due.values());
  }

  private static Due due(ScheduledType type, Object[] row) {
    return new Due(
        ((Number) row[0]).longValue(),
        (String) row[1],
        type.regionSlug() == null ? null : (String) row[2],
        type.contentTypePath() == null ? null : (String) row[3]);
  }

  /**
   * Carries out the due transition of one item if this server wins it: an ended item goes back to
   * draft (an end wins over a start that is due at the same time), a scheduled one becomes
   * published.
   *
   * @return the event to fire after commit, or empty when another server (or an editor) was first
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<ContentChanged> claim(ScheduledType type, Due due, Instant now) {
    OffsetDateTime at = moment(now);
    OffsetDateTime stamp = moment(Instant.now().truncatedTo(ChronoUnit.MICROS));
    int ended =
        em.createQuery(
                "update "
                    + type.entity()
                    + " c set c.publication.status = :draft, c.publication.at = null,"
                    + " c.publication.until = null, c.version = c.version + 1,"
                    + " c.updatedAt = :stamp where c.id = :id and c.deletedAt is null"
                    + " and c.publication.until <= :now and c.publication.status in :live")
            .setParameter("draft", PublicationStatus.DRAFT)
            .setParameter("stamp", stamp)
            .setParameter("id", due.id())
            .setParameter("now", at)
            .setParameter("live", List.of(PublicationStatus.PUBLISHED, PublicationStatus.SCHEDULED))
            .executeUpdate();
    Operation operation;
    if (ended == 1) {
      operation = Operation.SCHEDULED_UNPUBLISH;
    } else {
      int started =
          em.createQuery(
                  "update "
                      + type.entity()
                      + " c set c.publication.status = :published, c.version = c.version + 1,"
                      + " c.updatedAt = :stamp where c.id = :id and c.deletedAt is null"
                      + " and c.publication.status = :scheduled and c.publication.at <= :now")
              .setParameter("published", PublicationStatus.PUBLISHED)
              .setParameter("stamp", stamp)
              .setParameter("id", due.id())
              .setParameter("scheduled", PublicationStatus.SCHEDULED)
              .setParameter("now", at)
              .executeUpdate();
      if (started != 1) {
        return Optional.empty();
      }
      operation = Operation.SCHEDULED_PUBLISH;
    }
    String contentType = due.contentType() == null ? type.contentType() : due.contentType();
    PublishableEntity item = changed(type, due.id());
    revisions.record(
        contentType,
        due.id(),
        due.slug(),
        item.getVersion(),
        operation.code(),
        AuditEntry.SYSTEM,
        Snapshots.of(content(contentType, due), item));
    audit.record(
        AuditEntry.SYSTEM,
        operation.code(),
        contentType,
        due.slug(),
        item.getVersion(),
        "due " + now);
    return Optional.of(
        new ContentChanged(
            contentType,
            due.slug(),
            operation.kind(),
            due.region() == null ? Set.of() : Set.of(due.region()),
            now));
  }

  /** The item as the UPDATE left it, read from the database rather than a cache. */
  private PublishableEntity changed(ScheduledType type, long id) {
    return (PublishableEntity)
        em.createQuery("select c from " + type.entity() + " c where c.id = :id")
            .setParameter("id", id)
            .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
            .setHint("eclipselink.refresh", "true")
            .getSingleResult();
  }

  /**
   * The editable fields of a due item for its revision: the timer changes none, so they are those
   * of its latest revision; an item that has none yet (imported from a catalogue) is read through
   * its content type.
   */
  private JsonObject content(String contentType, Due due) {
    Optional<JsonObject> latest =
        revisions.latest(contentType, due.id()).map(r -> Snapshots.content(r.getSnapshot()));
    if (latest.isPresent()) {
      return latest.get();
    }
    for (EditableType<?, ?, ?> type : types) {
      if (type.key().equals(contentType)) {
        return contentOf(type, due.slug()).orElse(JsonObject.EMPTY_JSON_OBJECT);
      }
    }
    return JsonObject.EMPTY_JSON_OBJECT;
  }

  private static <E extends AuditedEntity, I> Optional<JsonObject> contentOf(
      EditableType<E, I, ?> type, String slug) {
    return type.find(slug).map(item -> Snapshots.parse(JSONB.toJson(type.inputOf(item))));
  }

  private static OffsetDateTime moment(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
