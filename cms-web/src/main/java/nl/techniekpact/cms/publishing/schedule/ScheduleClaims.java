package nl.techniekpact.cms.publishing.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.techniekpact.cms.publishing.ContentChanged;
import nl.techniekpact.cms.publishing.Operation;
import nl.techniekpact.cms.publishing.audit.AuditEntry;
import nl.techniekpact.cms.publishing.audit.AuditLog;
import nl.techniekpact.model.shared.PublicationStatus;

/**
 * Finds the items whose scheduled publication or end has come, and claims each in a transaction of
 * its own with a conditional UPDATE: only the one server whose UPDATE changes the row (status still
 * scheduled, moment passed) carries the transition out, records it in the audit log and returns the
 * event to fire — exactly once, however many servers look at the same moment.
 */
@ApplicationScoped
public class ScheduleClaims {

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Inject private AuditLog audit;

  /**
   * A due item: its id, slug, the slug of its region (or {@code null}) and its content type key
   * when its type has one per item (or {@code null}).
   */
  record Due(long id, String slug, String region, String contentType) {}

  /** The items of a type whose transition is due at a moment. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Due> due(ScheduledType type, Instant now) {
    String select =
        "select c.id, c.slug.value"
            + (type.regionSlug() == null ? "" : ", " + type.regionSlug())
            + (type.contentTypePath() == null ? "" : ", " + type.contentTypePath())
            + " from "
            + type.entity()
            + " c"
            + type.regionJoin()
            + " where c.deletedAt is null and ((c.publication.status = :scheduled"
            + " and c.publication.at <= :now) or (c.publication.until <= :now"
            + " and c.publication.status in :live))";
    List<Object[]> rows =
        em.createQuery(select, Object[].class)
            .setParameter("scheduled", PublicationStatus.SCHEDULED)
            .setParameter("live", List.of(PublicationStatus.PUBLISHED, PublicationStatus.SCHEDULED))
            .setParameter("now", moment(now))
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new Due(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    type.regionSlug() == null ? null : (String) row[2],
                    type.contentTypePath() == null ? null : (String) row[row.length - 1]))
        .toList();
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
    audit.record(AuditEntry.SYSTEM, operation.code(), contentType, due.slug(), null, "due " + now);
    return Optional.of(
        new ContentChanged(
            contentType,
            due.slug(),
            operation.kind(),
            due.region() == null ? Set.of() : Set.of(due.region()),
            now));
  }

  private static OffsetDateTime moment(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
