package nl.techniekpact.cms.security.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores and finds accounts; implemented on JPA by {@link JpaAccountRepository}. */
public interface AccountRepository {

  /** The account with this username, compared after {@link Account#normalizeUsername}. */
  Optional<Account> findByUsername(String username);

  /** The accounts a query selects, {@code first} to {@code first + max}. */
  List<Account> find(AccountQuery query, int first, int max);

  /** How many accounts a query selects. */
  long count(AccountQuery query);

  /** How many accounts exist. */
  long count();

  /** Stores a new account. */
  void add(Account account);

  /**
   * Notes that an account signed in to the back office at {@code moment}, without changing its
   * version: a sign-in is not an edit that should conflict with an administrator's.
   */
  void signedIn(String username, Instant moment);
}
