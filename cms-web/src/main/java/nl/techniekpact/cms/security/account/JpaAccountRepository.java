package nl.techniekpact.cms.security.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
  public long count() {
    return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
  }

  @Override
  public void add(Account account) {
    em.persist(account);
  }
}
