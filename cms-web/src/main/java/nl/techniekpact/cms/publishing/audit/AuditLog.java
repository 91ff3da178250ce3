package nl.techniekpact.cms.publishing.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.cms.security.CallerRoles;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.model.shared.Page;

/**
 * The audit log: {@link #record} joins the transaction of the operation it records, so an entry
 * exists exactly when the operation committed; {@link #search} and {@link #count} filter and page
 * in the database, newest first (for the back office's log screen and {@code /api/v1/audit}).
 *
 * <pre>{@code
 * List<AuditEntry> page = audit.search(AuditQuery.ALL.ofType("case-study"), Page.first(50));
 * long total = audit.count(AuditQuery.ALL.ofType("case-study"));
 * }</pre>
 *
 * <p>Entries of type {@value #ACCOUNT_TYPE} (what happened to accounts, ADR 0051) are listed to
 * administrators only: the others who read the log, national editors, do not manage accounts.
 */
@ApplicationScoped
public class AuditLog {

  /** The type of entries on accounts, which only administrators read. */
  public static final String ACCOUNT_TYPE = "account";

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Inject private CallerRoles roles;

  /** Records an operation in the current transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public AuditEntry record(
      String actor,
      String action,
      String contentType,
      String itemSlug,
      Long itemVersion,
      String detail) {
    AuditEntry entry = new AuditEntry(actor, action, contentType, itemSlug, itemVersion, detail);
    em.persist(entry);
    return entry;
  }

  /**
   * Records an operation in the JDBC transaction of {@code connection}, for the stores that write
   * with plain JDBC and commit themselves (the media library): the entry is committed or rolled
   * back with the change it records.
   */
  public static void record(
      java.sql.Connection connection,
      String actor,
      String action,
      String contentType,
      String itemSlug,
      Long itemVersion,
      String detail)
      throws java.sql.SQLException {
    try (java.sql.PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO audit_entry (occurred_at, actor, action, content_type, item_slug,"
                + " item_version, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setObject(1, AuditEntry.now());
      insert.setString(2, actor);
      insert.setString(3, action);
      insert.setString(4, contentType);
      insert.setString(5, itemSlug);
      if (itemVersion == null) {
        insert.setNull(6, java.sql.Types.BIGINT);
      } else {
        insert.setLong(6, itemVersion);
      }
      insert.setString(7, AuditEntry.clipped(detail));
      insert.executeUpdate();
    }
  }

  /**
   * The actions recorded so far in the entries the caller may read, such as {@code publish} or
   * {@code SET_SETTING}, sorted.
   */
  public List<String> actions() {
    return where(
            AuditQuery.ALL,
            "select distinct e.action from AuditEntry e",
            " order by e.action",
            String.class)
        .getResultList();
  }

  /** A page of the matching entries, newest first. */
  public List<AuditEntry> search(AuditQuery query, Page page) {
    return where(query, "select e from AuditEntry e", " order by e.id desc", AuditEntry.class)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  /** How many entries match. */
  public long count(AuditQuery query) {
    return where(query, "select count(e) from AuditEntry e", "", Long.class).getSingleResult();
  }

  /** Whether the caller of the current request reads the entries on accounts. */
  private boolean readsAccounts() {
    return roles.has(Roles.ADMINISTRATOR);
  }

  private <T> TypedQuery<T> where(AuditQuery q, String select, String order, Class<T> type) {
    List<String> conditions = new ArrayList<>();
    boolean accounts = readsAccounts();
    if (!accounts) {
      conditions.add("e.contentType <> :accounts");
    }
    if (q.actor() != null) {
      conditions.add("e.actor = :actor");
    }
    if (q.action() != null) {
      conditions.add("e.action = :action");
    }
    if (q.contentType() != null) {
      conditions.add("e.contentType = :type");
    }
    if (q.itemSlug() != null) {
      conditions.add("e.itemSlug = :slug");
    }
    if (q.from() != null) {
      conditions.add("e.at >= :from");
    }
    if (q.until() != null) {
      conditions.add("e.at < :until");
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    TypedQuery<T> query = em.createQuery(select + where + order, type);
    if (!accounts) {
      query.setParameter("accounts", ACCOUNT_TYPE);
    }
    if (q.actor() != null) {
      query.setParameter("actor", q.actor());
    }
    if (q.action() != null) {
      query.setParameter("action", q.action());
    }
    if (q.contentType() != null) {
      query.setParameter("type", q.contentType());
    }
    if (q.itemSlug() != null) {
      query.setParameter("slug", q.itemSlug());
    }
    if (q.from() != null) {
      query.setParameter("from", q.from().atOffset(ZoneOffset.UTC));
    }
    if (q.until() != null) {
      query.setParameter("until", q.until().atOffset(ZoneOffset.UTC));
    }
    return query;
  }
}
