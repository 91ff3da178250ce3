package nl.techniekpact.cms.security.account;

import java.util.Optional;

/** Stores and finds accounts; implemented on JPA by {@link JpaAccountRepository}. */
public interface AccountRepository {

  /** The account with this username, compared after {@link Account#normalizeUsername}. */
  Optional<Account> findByUsername(String username);

  /** How many accounts exist. */
  long count();

  /** Stores a new account. */
  void add(Account account);
}
