package nl.techniekpact.cms.security.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;

/**
 * Creates accounts and changes their state: checks the input, hashes the password and stores the
 * account. The one way in which accounts come to exist (the first administrator, and later the
 * account screens of the back office).
 */
@ApplicationScoped
public class AccountRegistration {

  private AccountRepository accounts;
  private PasswordHashing passwords;

  /** For CDI. */
  protected AccountRegistration() {}

  @Inject
  public AccountRegistration(AccountRepository accounts, PasswordHashing passwords) {
    this.accounts = accounts;
    this.passwords = passwords;
  }

  /**
   * Registers a new, enabled account.
   *
   * @throws InvalidAccountException when the input is incomplete or the username is taken; nothing
   *     is stored then
   */
  @Transactional
  public Account register(
      String username,
      String displayName,
      char[] password,
      Set<String> roles,
      Set<String> regions) {
    if (password == null || password.length < PasswordHashing.MINIMUM_LENGTH) {
      throw new InvalidAccountException(
          "A password of at least " + PasswordHashing.MINIMUM_LENGTH + " characters is required");
    }
    if (accounts.findByUsername(username).isPresent()) {
      throw new InvalidAccountException("The username " + username + " is already taken");
    }
    Account account;
    try {
      account = new Account(username, displayName, passwords.hash(password), roles, regions);
    } catch (IllegalArgumentException e) {
      throw new InvalidAccountException(e.getMessage());
    }
    accounts.add(account);
    return account;
  }

  /** Stops an account from signing in. */
  @Transactional
  public void disable(String username) {
    accounts
        .findByUsername(username)
        .orElseThrow(() -> new InvalidAccountException("No account " + username))
        .disable();
  }
}
