package nl.techniekpact.cms.security.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.cms.security.account.Account;
import nl.techniekpact.cms.security.account.AccountAudit;
import nl.techniekpact.cms.security.account.AccountRepository;

/**
 * The use cases of API tokens: issue one for an account (the secret is returned once), list and
 * revoke an account's tokens, and sign in with a presented token as its account, with that
 * account's current roles, only while the account is enabled.
 */
@ApplicationScoped
public class ApiTokens {

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Inject private AccountRepository accounts;
  @Inject private AccountAudit audit;

  /**
   * A token issued now; {@code secret} is shown to the client this once and kept nowhere.
   *
   * @param token the stored token
   * @param secret the token itself
   */
  public record Issued(ApiToken token, String secret) {}

  /**
   * Issues a token for an account.
   *
   * @throws IllegalArgumentException when the name is invalid ({@link ApiToken#isValidName})
   * @throws IllegalStateException when the account does not exist
   */
  @Transactional
  public Issued issue(String username, String name) {
    Account account =
        accounts
            .findByUsername(username)
            .orElseThrow(() -> new IllegalStateException("No account " + username));
    String secret = TokenSecrets.generate();
    ApiToken token = new ApiToken(account, name, TokenSecrets.hash(secret), Instant.now());
    em.persist(token);
    em.flush();
    audit.record(account, AccountAudit.Action.TOKEN_ISSUE, token.getName());
    return new Issued(token, secret);
  }

  /** An account's tokens, oldest first. */
  @Transactional
  public List<ApiToken> of(String username) {
    return em.createQuery(
            "SELECT t FROM ApiToken t WHERE t.account.username = :username ORDER BY t.id",
            ApiToken.class)
        .setParameter("username", Account.normalizeUsername(username))
        .getResultList();
  }

  /**
   * Revokes one of an account's tokens; false when the account has no token with that id. Of two
   * revocations of the same token at once (its owner and an administrator), one deletes it and is
   * recorded; the other finds nothing.
   */
  @Transactional
  public boolean revoke(String username, long id) {
    ApiToken token = em.find(ApiToken.class, id);
    if (token == null
        || !token.getAccount().getUsername().equals(Account.normalizeUsername(username))) {
      return false;
    }
    int deleted =
        em.createQuery("DELETE FROM ApiToken t WHERE t.id = :id")
            .setParameter("id", id)
            .executeUpdate();
    if (deleted == 0) {
      return false;
    }
    audit.record(token.getAccount(), AccountAudit.Action.TOKEN_REVOKE, token.getName());
    return true;
  }

  /**
   * Signs in with a presented token: its account's username and roles, when the token is well
   * formed, known and its account enabled. Records the use (to the minute).
   */
  @Transactional
  public Optional<CredentialValidationResult> signIn(String presented) {
    if (!TokenSecrets.isWellFormed(presented)) {
      return Optional.empty();
    }
    Optional<ApiToken> found =
        em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
            .setParameter("hash", TokenSecrets.hash(presented))
            .getResultStream()
            .findFirst();
    if (found.isEmpty() || !found.get().getAccount().isEnabled()) {
      return Optional.empty();
    }
    found.get().usedAt(Instant.now());
    Account account = found.get().getAccount();
    return Optional.of(
        new CredentialValidationResult(account.getUsername(), new HashSet<>(account.getRoles())));
  }
}
