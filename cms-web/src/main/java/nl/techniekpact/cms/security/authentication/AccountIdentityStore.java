package nl.techniekpact.cms.security.authentication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import nl.techniekpact.cms.security.account.Account;
import nl.techniekpact.cms.security.account.AccountRepository;
import nl.techniekpact.cms.security.account.PasswordHashing;

/**
 * The accounts as a Jakarta Security identity store: a username and password are valid when an
 * enabled account has them; its roles become the caller's groups. Unknown usernames take as long as
 * known ones, and a disabled account is refused like a wrong password, after as long.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject private AccountRepository accounts;
  @Inject private PasswordHashing passwords;

  /** Checks a username and password. */
  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    char[] password = credential.getPassword().getValue();
    Optional<Account> account = accounts.findByUsername(credential.getCaller());
    if (account.isEmpty()) {
      passwords.verifyDecoy(password);
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!account.get().isEnabled()) {
      // as slow as any refusal, and never from a verification kept from before it was disabled:
      // a fast answer would tell its right password from a wrong one (ADR 0050)
      passwords.verifyDecoy(password);
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!passwords.verify(password, account.get().getPasswordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return resultFor(account.get());
  }

  /**
   * The current groups of a caller who signed in earlier (a back-office session): empty when the
   * account has since been disabled or removed, so its session ends at once.
   */
  public Optional<CredentialValidationResult> stillSignedIn(String username) {
    return accounts.findByUsername(username).filter(Account::isEnabled).map(this::resultFor);
  }

  /**
   * The current groups of a caller whose session signed in at {@code generation} of the account's
   * sessions: empty when the account has since been disabled or removed, or its sessions ended (ADR
   * 0049).
   */
  public Optional<CredentialValidationResult> stillSignedIn(String username, int generation) {
    return accounts
        .findByUsername(username)
        .filter(Account::isEnabled)
        .filter(account -> account.sessionGeneration() == generation)
        .map(this::resultFor);
  }

  /** The account's {@link Account#sessionGeneration()}, 0 when there is no such account. */
  public int sessionGeneration(String username) {
    return accounts.findByUsername(username).map(Account::sessionGeneration).orElse(0);
  }

  /** Notes a completed back-office sign-in, for the administrator's review of accounts. */
  public void signedIn(String username) {
    accounts.signedIn(username, Instant.now());
  }

  private CredentialValidationResult resultFor(Account account) {
    return new CredentialValidationResult(account.getUsername(), new HashSet<>(account.getRoles()));
  }
}
