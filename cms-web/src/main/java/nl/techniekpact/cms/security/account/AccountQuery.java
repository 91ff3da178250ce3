package nl.techniekpact.cms.security.account;

import java.time.Instant;

/**
 * Which accounts a list shows, in what order: text found in username or display name (case does not
 * matter), a role, enabled or not, not signed in since a moment; each null for "any".
 *
 * @param text part of the username or display name, or null
 * @param role one of {@link nl.techniekpact.cms.security.Roles#ALL}, or null
 * @param enabled true or false, or null
 * @param notSignedInSince only accounts not signed in to the back office since this moment (or
 *     never, as far as the CMS recorded), or null
 * @param sort {@code username}, {@code displayName}, {@code updatedAt}, {@code enabled} or {@code
 *     lastSignedInAt}; null: username
 * @param ascending the sort direction
 */
public record AccountQuery(
    String text,
    String role,
    Boolean enabled,
    Instant notSignedInSince,
    String sort,
    boolean ascending) {

  /** Every account, by username. */
  public static final AccountQuery ALL = new AccountQuery(null, null, null, null, null, true);

  /** The sort column, never anything but a known property. */
  public String sortProperty() {
    return switch (sort == null ? "" : sort) {
      case "displayName" -> "displayName";
      case "updatedAt" -> "updatedAt";
      case "enabled" -> "enabled";
      case "lastSignedInAt" -> "lastSignedInAt";
      default -> "username";
    };
  }
}
