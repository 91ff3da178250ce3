package nl.techniekpact.cms.security.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.techniekpact.cms.security.CallerRoles;
import nl.techniekpact.cms.security.NotPermittedException;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.cms.security.account.InvalidAccountException.Problem;
import nl.techniekpact.cms.security.token.ApiToken;
import nl.techniekpact.cms.security.token.ApiTokens;
import nl.techniekpact.model.region.RegionRepository;

/**
 * The administrator's account use cases: list, create, edit, disable, enable and reset the password
 * of accounts, turn off their two-step sign-in, end their sessions and revoke their API tokens.
 * Every method refuses callers without role {@value Roles#ADMINISTRATOR}; the rules of the input
 * are {@link AccountRegistration}'s. Regions of regional editors must be published regions. An
 * administrator cannot disable their own account (someone must be left to manage).
 */
@ApplicationScoped
public class AccountAdministration {

  private static final Logger LOG = Logger.getLogger(AccountAdministration.class.getName());

  @Inject private AccountRepository accounts;
  @Inject private AccountRegistration registration;
  @Inject private RegionRepository regions;
  @Inject private SecurityContext security;
  @Inject private CallerRoles roles;
  @Inject private AccountAudit audit;
  @Inject private ApiTokens tokens;

  /** A published region as the account form offers it. */
  public record RegionChoice(String slug, String name) {}

  /** The accounts a query selects, a page of them. */
  @Transactional
  public List<Account> find(AccountQuery query, int first, int max) {
    requireAdministrator();
    return accounts.find(query, first, Math.min(Math.max(1, max), 200));
  }

  /** How many accounts a query selects. */
  @Transactional
  public long count(AccountQuery query) {
    requireAdministrator();
    return accounts.count(query);
  }

  /** One account by username. */
  @Transactional
  public Account get(String username) {
    requireAdministrator();
    return accounts
        .findByUsername(username)
        .orElseThrow(
            () -> new InvalidAccountException(Problem.NOT_FOUND, "No account " + username));
  }

  /** The published regions a regional editor can be given, by name. */
  @Transactional
  public List<RegionChoice> regions() {
    return regions.findPublished(Instant.now()).stream()
        .map(r -> new RegionChoice(r.getSlug().getValue(), r.getName()))
        .sorted(java.util.Comparator.comparing(RegionChoice::name))
        .toList();
  }

  /**
   * Creates an account.
   *
   * @throws InvalidAccountException for invalid input; nothing is stored then
   */
  @Transactional
  public Account create(
      String username,
      String displayName,
      char[] password,
      Set<String> roles,
      Set<String> regionSlugs) {
    requireAdministrator();
    checkRegions(regionSlugs);
    return registration.register(username, displayName, password, roles, regionSlugs);
  }

  /**
   * Changes name, roles and regions, if nobody changed the account since {@code version}.
   *
   * @throws InvalidAccountException for invalid input or a stale version
   */
  @Transactional
  public Account update(
      String username,
      long version,
      String displayName,
      Set<String> roles,
      Set<String> regionSlugs) {
    requireAdministrator();
    checkRegions(regionSlugs);
    if (isCaller(username) && !roles.contains(Roles.ADMINISTRATOR)) {
      throw new InvalidAccountException(
          Problem.OWN_ACCOUNT, "You cannot take the administrator role from yourself");
    }
    return registration.update(username, version, displayName, roles, regionSlugs);
  }

  /** Stops an account from signing in; its sessions and tokens stop at their next request. */
  @Transactional
  public void disable(String username) {
    requireAdministrator();
    refuseOwn(username, Problem.OWN_ACCOUNT, "You cannot disable yourself");
    registration.disable(username);
  }

  /** Lets an account sign in again. */
  @Transactional
  public void enable(String username) {
    requireAdministrator();
    registration.enable(username);
  }

  /**
   * Gives another account a new generated password and returns it, to be handed over once; it is
   * stored only as a hash, and the account's sessions end (ADR 0049). Not for the caller's own
   * account, whose password is changed on its own page with the current one: a session left open
   * must not be able to take the account over.
   */
  @Transactional
  public String resetPassword(String username) {
    requireAdministrator();
    refuseOwn(username, Problem.OWN_PASSWORD, "Change your own password on your account page");
    String password = InitialAdministrator.generatePassword();
    registration.setPassword(username, password.toCharArray());
    return password;
  }

  /**
   * Turns an account's two-step sign-in off (ADR 0048), for an editor who lost both the app and the
   * recovery codes: the password alone signs in again, and they can set it up anew. Not for the
   * caller's own account, which needs a code on its own page.
   *
   * @return whether it was on
   */
  @Transactional
  public boolean turnOffTwoStep(String username) {
    requireAdministrator();
    refuseOwn(
        username, Problem.OWN_TWO_STEP, "Turn off your own two-step sign-in on your account page");
    Account account =
        accounts
            .findByUsername(username)
            .orElseThrow(() -> new InvalidAccountException(Problem.NOT_FOUND, "No such account"));
    boolean wasOn = account.isTwoStepOn();
    account.turnOffTwoStep();
    if (wasOn) {
      audit.record(account, AccountAudit.Action.TWO_STEP_OFF, null);
      LOG.info(
          () ->
              "Two-step sign-in of "
                  + account.getUsername()
                  + " turned off by administrator "
                  + security.getCallerPrincipal().getName());
    }
    return wasOn;
  }

  /**
   * Ends every back-office session of another account at its next request (ADR 0049), for an editor
   * whose laptop was lost or whose session someone else may be using. Its API tokens stay valid.
   * The caller ends their own other sessions on their account page.
   */
  @Transactional
  public void endSessions(String username) {
    requireAdministrator();
    refuseOwn(username, Problem.OWN_SESSIONS, "End your own other sessions on your account page");
    registration.endSessions(username);
    LOG.info(
        () ->
            "Sessions of "
                + Account.normalizeUsername(username)
                + " ended by administrator "
                + security.getCallerPrincipal().getName());
  }

  /** Another account's API tokens, oldest first, to see what signs in as it. */
  @Transactional
  public List<ApiToken> tokens(String username) {
    requireAdministrator();
    return tokens.of(username);
  }

  /**
   * Revokes one of an account's API tokens, for a token that leaked or a program that should stop;
   * recorded in the audit log with the administrator as actor.
   *
   * @return false when the account has no token with that id
   */
  @Transactional
  public boolean revokeToken(String username, long id) {
    requireAdministrator();
    return tokens.revoke(username, id);
  }

  private void checkRegions(Set<String> regionSlugs) {
    if (regionSlugs == null || regionSlugs.isEmpty()) {
      return;
    }
    Set<String> known = regions().stream().map(RegionChoice::slug).collect(Collectors.toSet());
    Set<String> unknown = new HashSet<>(regionSlugs);
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw new InvalidAccountException(
          Problem.REGION_UNKNOWN, "Not a published region: " + String.join(", ", unknown));
    }
  }

  /** Refuses an action on the caller's own account, which is done elsewhere or not at all. */
  private void refuseOwn(String username, Problem problem, String message) {
    if (isCaller(username)) {
      throw new InvalidAccountException(problem, message);
    }
  }

  private boolean isCaller(String username) {
    Principal caller = security.getCallerPrincipal();
    return caller != null
        && Account.normalizeUsername(caller.getName()).equals(Account.normalizeUsername(username));
  }

  private void requireAdministrator() {
    if (!roles.has(Roles.ADMINISTRATOR)) {
      throw new NotPermittedException("Managing accounts needs the administrator role");
    }
  }
}
