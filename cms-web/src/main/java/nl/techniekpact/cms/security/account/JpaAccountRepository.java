package nl.techniekpact.cms.security.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link AccountRepository} on the container's transaction-scoped entity manager. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Override
  public Optional<Account> findByUsername(String username) {
    return em.createQuery("SELECT a FROM Account a WHERE a.username = :username", Account.class)
        .setParameter("username", Account.normalizeUsername(username))
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Account> find(AccountQuery query, int first, int max) {
    String order =
        " ORDER BY a."
            + query.sortProperty()
            + (query.ascending() ? " ASC" : " DESC")
            + nullsOrder(query)
            + ", a.id";
    TypedQuery<Account> select =
        bind(
            em.createQuery("SELECT a FROM Account a" + where(query) + order, Account.class), query);
    return select.setFirstResult(Math.max(0, first)).setMaxResults(max).getResultList();
  }

  @Override
  public long count(AccountQuery query) {
    return bind(em.createQuery("SELECT COUNT(a) FROM Account a" + where(query), Long.class), query)
        .getSingleResult();
  }

  private static String where(AccountQuery query) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (query.text() != null && !query.text().isBlank()) {
      where.append(" AND (a.username LIKE :text OR LOWER(a.displayName) LIKE :text)");
    }
    if (query.role() != null) {
      where.append(" AND :role MEMBER OF a.roles");
    }
    if (query.enabled() != null) {
      where.append(" AND a.enabled = :enabled");
    }
    if (query.notSignedInSince() != null) {
      where.append(" AND (a.lastSignedInAt IS NULL OR a.lastSignedInAt < :since)");
    }
    return where.toString();
  }

  /**
   * Accounts without a sign-in count as the longest unused, on H2 and PostgreSQL alike (their
   * defaults for nulls differ): first by last sign-in ascending, last descending.
   */
  private static String nullsOrder(AccountQuery query) {
    if (!"lastSignedInAt".equals(query.sortProperty())) {
      return "";
    }
    return query.ascending() ? " NULLS FIRST" : " NULLS LAST";
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> select, AccountQuery query) {
    if (query.text() != null && !query.text().isBlank()) {
      String text = query.text().strip().toLowerCase(Locale.ROOT);
      String escaped = text.replace("\\", "").replace("%", "").replace("_", "");
      select.setParameter("text", "%" + escaped + "%");
    }
    if (query.role() != null) {
      select.setParameter("role", query.role());
    }
    if (query.enabled() != null) {
      select.setParameter("enabled", query.enabled());
    }
    if (query.notSignedInSince() != null) {
      select.setParameter(
          "since",
          query.notSignedInSince().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
    }
    return select;
  }

  @Override
  public long count() {
    return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
  }

  @Override
  public void add(Account account) {
    em.persist(account);
  }

  /**
   * In SQL, not JPQL: EclipseLink adds one to the version of every row a JPQL update touches. The
   * account is not in the shared cache ({@code ENABLE_SELECTIVE}), so nothing there goes stale.
   */
  @Override
  @Transactional
  public void signedIn(String username, Instant moment) {
    em.createNativeQuery("UPDATE account SET last_signed_in_at = ? WHERE username = ?")
        .setParameter(1, moment.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
        .setParameter(2, Account.normalizeUsername(username))
        .executeUpdate();
  }
}
