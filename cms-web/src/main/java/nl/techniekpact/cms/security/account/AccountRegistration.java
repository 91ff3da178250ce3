package nl.techniekpact.cms.security.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import nl.techniekpact.cms.publishing.audit.AuditEntry;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.cms.security.account.InvalidAccountException.Problem;

/**
 * Creates accounts and changes their state: checks the input, hashes the password and stores the
 * account. The one place of the account rules (username, display name, roles and regions, password
 * strength), used by the first administrator, the back office's account screens and an account
 * changing its own password. Who may call what is checked by {@link AccountAdministration}.
 */
@ApplicationScoped
public class AccountRegistration {

  private AccountRepository accounts;
  private PasswordHashing passwords;
  private AccountAudit audit;

  /** For CDI. */
  protected AccountRegistration() {}

  @Inject
  public AccountRegistration(
      AccountRepository accounts, PasswordHashing passwords, AccountAudit audit) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.audit = audit;
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
    checkPassword(password);
    if (!Account.USERNAME.matcher(Account.normalizeUsername(username)).matches()) {
      throw new InvalidAccountException(
          Problem.USERNAME_MALFORMED,
          "A username is 2 to 64 lower-case letters, digits and . _ - @, starting with a letter"
              + " or digit");
    }
    // "system" names the publication timer in revisions and the audit log: no account may pose as
    // it
    if (accounts.findByUsername(username).isPresent()
        || AuditEntry.SYSTEM.equals(Account.normalizeUsername(username))) {
      throw new InvalidAccountException(
          Problem.USERNAME_TAKEN, "The username " + username + " is already taken");
    }
    checkDisplayName(displayName);
    checkRoles(roles, regions);
    Account account =
        new Account(
            username, displayName, passwords.hash(password), roles, regionsOf(roles, regions));
    accounts.add(account);
    audit.record(account, AccountAudit.Action.CREATE, describe(account));
    return account;
  }

  /**
   * Changes name, roles and regions of an account, if nobody changed it since {@code version}.
   *
   * @throws InvalidAccountException for invalid input, an unknown account or a stale version
   */
  @Transactional
  public Account update(
      String username, long version, String displayName, Set<String> roles, Set<String> regions) {
    Account account = existing(username);
    if (account.getVersion() != version) {
      throw new InvalidAccountException(
          Problem.CHANGED_BY_OTHER,
          "The account " + account.getUsername() + " was changed by someone else meanwhile");
    }
    checkDisplayName(displayName);
    checkRoles(roles, regions);
    String before = describe(account);
    account.rename(displayName);
    account.assignRoles(roles, regionsOf(roles, regions));
    String after = describe(account);
    if (!after.equals(before)) {
      audit.record(account, AccountAudit.Action.UPDATE, after + " (was " + before + ")");
    }
    return account;
  }

  /** Stops an account from signing in. */
  @Transactional
  public void disable(String username) {
    Account account = existing(username);
    if (account.isEnabled()) {
      account.disable();
      audit.record(account, AccountAudit.Action.DISABLE, null);
    }
  }

  /** Lets an account sign in again. */
  @Transactional
  public void enable(String username) {
    Account account = existing(username);
    if (!account.isEnabled()) {
      account.enable();
      audit.record(account, AccountAudit.Action.ENABLE, null);
    }
  }

  /**
   * Ends every back-office session of an account at its next request (ADR 0049).
   *
   * @return the account's session generation now
   * @throws InvalidAccountException when the account is unknown
   */
  @Transactional
  public int endSessions(String username) {
    Account account = existing(username);
    account.endSessions();
    audit.record(account, AccountAudit.Action.SESSIONS_END, null);
    return account.sessionGeneration();
  }

  /**
   * Replaces an account's password (an administrator's reset).
   *
   * @throws InvalidAccountException when the password is too weak or the account unknown
   */
  @Transactional
  public void setPassword(String username, char[] password) {
    checkPassword(password);
    Account account = existing(username);
    account.changePasswordHash(passwords.hash(password));
    audit.record(account, AccountAudit.Action.PASSWORD_RESET, null);
  }

  /**
   * Changes an account's own password: the current one must be given and right.
   *
   * @return the account's session generation now (a new password ends the sessions, ADR 0049)
   * @throws InvalidAccountException when the current password is wrong or the new one too weak;
   *     nothing is changed then
   */
  @Transactional
  public int changeOwnPassword(String username, char[] current, char[] next) {
    Account account = existing(username);
    if (current == null
        || current.length == 0
        || !passwords.verify(current, account.getPasswordHash())) {
      throw new InvalidAccountException(Problem.PASSWORD_WRONG, "The current password is wrong");
    }
    checkPassword(next);
    account.changePasswordHash(passwords.hash(next));
    audit.record(account, AccountAudit.Action.PASSWORD_CHANGE, null);
    return account.sessionGeneration();
  }

  /**
   * The password rule for every new password.
   *
   * @throws InvalidAccountException when it is shorter than {@value PasswordHashing#MINIMUM_LENGTH}
   *     characters or only whitespace
   */
  public static void checkPassword(char[] password) {
    if (password == null
        || password.length < PasswordHashing.MINIMUM_LENGTH
        || new String(password).isBlank()) {
      throw new InvalidAccountException(
          Problem.PASSWORD_TOO_SHORT,
          "A password of at least " + PasswordHashing.MINIMUM_LENGTH + " characters is required");
    }
  }

  private Account existing(String username) {
    return accounts
        .findByUsername(username)
        .orElseThrow(
            () -> new InvalidAccountException(Problem.NOT_FOUND, "No account " + username));
  }

  private static void checkDisplayName(String displayName) {
    if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
      throw new InvalidAccountException(
          Problem.DISPLAY_NAME_INVALID, "A display name of 1 to 200 characters is required");
    }
  }

  private static void checkRoles(Set<String> roles, Set<String> regions) {
    if (roles == null || roles.isEmpty()) {
      throw new InvalidAccountException(Problem.ROLES_MISSING, "An account needs a role");
    }
    Set<String> unknown = new HashSet<>(roles);
    unknown.removeAll(Roles.ALL);
    if (!unknown.isEmpty()) {
      throw new InvalidAccountException(Problem.ROLE_UNKNOWN, "Unknown roles: " + unknown);
    }
    if (roles.contains(Roles.REGIONAL_EDITOR) && (regions == null || regions.isEmpty())) {
      throw new InvalidAccountException(
          Problem.REGION_REQUIRED, "A regional editor needs at least one region");
    }
  }

  /** The regions kept: those of a regional editor; other roles have none. */
  private static Set<String> regionsOf(Set<String> roles, Set<String> regions) {
    return roles.contains(Roles.REGIONAL_EDITOR) ? new HashSet<>(regions) : new HashSet<>();
  }

  /** An account's name, roles and regions, as the audit log's detail of a creation or change. */
  static String describe(Account account) {
    return "name="
        + account.getDisplayName()
        + "; roles="
        + String.join(",", new TreeSet<>(account.getRoles()))
        + "; regions="
        + String.join(",", new TreeSet<>(account.getRegions()));
  }

  /** Overwrites a password held in memory. */
  public static void wipe(char[] password) {
    if (password != null) {
      Arrays.fill(password, '\0');
    }
  }
}
