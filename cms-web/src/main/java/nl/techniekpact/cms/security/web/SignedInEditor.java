package nl.techniekpact.cms.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.cms.security.CallerRoles;
import nl.techniekpact.cms.security.account.Account;
import nl.techniekpact.cms.security.account.AccountRepository;

/** Who is signed in, for the back-office pages: name, roles and regions. */
@Named
@RequestScoped
public class SignedInEditor {

  @Inject private SecurityContext security;
  @Inject private CallerRoles roles;
  @Inject private AccountRepository accounts;

  private Optional<Account> account;

  private Optional<Account> account() {
    if (account == null) {
      Principal caller = security.getCallerPrincipal();
      account = caller == null ? Optional.empty() : accounts.findByUsername(caller.getName());
    }
    return account;
  }

  /** True when someone is signed in. */
  public boolean isSignedIn() {
    return account().isPresent();
  }

  /** The display name, or empty. */
  public String getDisplayName() {
    return account().map(Account::getDisplayName).orElse("");
  }

  /** The username, or empty. */
  public String getUsername() {
    return account().map(Account::getUsername).orElse("");
  }

  /**
   * The caller's name as the container authenticated it (no database read), or {@code null} when no
   * one is signed in. View-scoped screens inject this bean rather than {@code SecurityContext},
   * which is not passivation capable (their state is stored with the session, ADR 0014).
   */
  public String callerName() {
    Principal caller = security.getCallerPrincipal();
    return caller == null ? null : caller.getName();
  }

  /** Whether the caller has a role. */
  public boolean has(String role) {
    return roles.has(role);
  }

  /** The roles the caller has, sorted. */
  public List<String> getRoles() {
    return roles.held().stream().sorted().toList();
  }

  /** The region slugs of a regional editor, sorted. */
  public List<String> getRegions() {
    return account().map(a -> a.getRegions().stream().sorted().toList()).orElse(List.of());
  }
}
