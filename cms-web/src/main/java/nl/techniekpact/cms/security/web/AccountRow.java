package nl.techniekpact.cms.security.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import nl.techniekpact.cms.security.account.Account;

/**
 * An account as a row of the account list: what the screen shows, never the password hash.
 *
 * @param username the username
 * @param displayName the display name
 * @param roles the roles, sorted
 * @param regions the region slugs, sorted
 * @param enabled whether it may sign in
 * @param updatedAt when it last changed
 * @param lastSignedInAt when it last signed in to the back office, or null
 */
public record AccountRow(
    String username,
    String displayName,
    List<String> roles,
    List<String> regions,
    boolean enabled,
    Instant updatedAt,
    Instant lastSignedInAt)
    implements Serializable {

  static AccountRow of(Account account) {
    return new AccountRow(
        account.getUsername(),
        account.getDisplayName(),
        account.getRoles().stream().sorted().toList(),
        account.getRegions().stream().sorted().toList(),
        account.isEnabled(),
        account.getUpdatedAt(),
        account.getLastSignedInAt());
  }
}
