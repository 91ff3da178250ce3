package nl.techniekpact.cms.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import nl.techniekpact.cms.security.account.Account;
import nl.techniekpact.cms.security.account.AccountRepository;

/**
 * Builds the {@link Editor} of a caller from their account, read afresh on every request (so a
 * change of roles or regions applies at once): from a principal (the API passes JAX-RS's), or from
 * the signed-in caller of the current request (the back office).
 *
 * <pre>{@code
 * @Inject Editors editors;
 * Editor me = editors.current().orElseThrow();
 * }</pre>
 */
@ApplicationScoped
public class Editors {

  @Inject private AccountRepository accounts;
  @Inject private SecurityContext security;

  /** The editor signed in for the current request, if any. */
  public Optional<Editor> current() {
    return of(security.getCallerPrincipal());
  }

  /** The editor of a principal, if it names an enabled account. */
  public Optional<Editor> of(Principal principal) {
    if (principal == null) {
      return Optional.empty();
    }
    return accounts
        .findByUsername(principal.getName())
        .filter(Account::isEnabled)
        .map(a -> new Editor(a.getUsername(), a.getRoles(), a.getRegions()));
  }
}
