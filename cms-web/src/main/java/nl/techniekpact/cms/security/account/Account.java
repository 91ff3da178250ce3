package nl.techniekpact.cms.security.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.model.shared.AuditedEntity;

/**
 * A person who signs in to the back office or calls the API: a unique username, a display name, a
 * PBKDF2 password hash (never the password), whether it may sign in, its roles and, for regional
 * editors, the slugs of the regions it edits.
 *
 * <p>Its back-office sessions keep the {@link #sessionGeneration()} of their sign-in and end when
 * it moves on (ADR 0049): a new password, two-step sign-in turned on, the account disabled, or
 * {@link #endSessions()}.
 */
@Entity
@Table(name = "account")
public class Account extends AuditedEntity {

  /** Lower-case letters, digits and {@code . _ - @}, 2 to 64 characters, starting alphanumeric. */
  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

  @Column(name = "username", nullable = false, updatable = false, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 500)
  private String passwordHash;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role_name", nullable = false, length = 40)
  private Set<String> roles = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_region", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "region_slug", nullable = false, length = 100)
  private Set<String> regions = new HashSet<>();

  @Column(name = "two_step_secret", length = 64)
  private String twoStepSecret;

  @Column(name = "two_step_since")
  private OffsetDateTime twoStepSince;

  @Column(name = "two_step_last_step")
  private Long twoStepLastStep;

  @Column(name = "session_generation", nullable = false)
  private int sessionGeneration;

  /** Written only by {@link AccountRepository#signedIn}, which leaves the version alone. */
  @Column(name = "last_signed_in_at")
  private OffsetDateTime lastSignedInAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "account_recovery_code", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "code_hash", nullable = false, length = 64)
  private Set<String> recoveryCodeHashes = new HashSet<>();

  /** For JPA. */
  protected Account() {}

  /**
   * A new, enabled account.
   *
   * @throws IllegalArgumentException when the username is malformed, the display name blank, a role
   *     unknown, or a regional editor has no region
   */
  public Account(
      String username,
      String displayName,
      String passwordHash,
      Set<String> roles,
      Set<String> regions) {
    String normalized = normalizeUsername(username);
    if (!USERNAME.matcher(normalized).matches()) {
      throw new IllegalArgumentException("Malformed username: " + username);
    }
    this.username = normalized;
    rename(displayName);
    changePasswordHash(passwordHash);
    this.enabled = true;
    assignRoles(roles, regions);
  }

  /** The username as stored and compared: trimmed and in lower case. */
  public static String normalizeUsername(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  /** Changes the name shown in the back office. */
  public final void rename(String newDisplayName) {
    if (newDisplayName == null || newDisplayName.isBlank() || newDisplayName.length() > 200) {
      throw new IllegalArgumentException("A display name of 1 to 200 characters is required");
    }
    this.displayName = newDisplayName.strip();
  }

  /**
   * Replaces the password hash, for example after a password change; the sessions signed in with
   * the old password end.
   */
  public final void changePasswordHash(String newPasswordHash) {
    if (newPasswordHash == null || newPasswordHash.isBlank()) {
      throw new IllegalArgumentException("A password hash is required");
    }
    this.passwordHash = newPasswordHash;
    endSessions();
  }

  /**
   * Ends every back-office session signed in so far: each ends at its next request, on any node.
   * API tokens are not sessions and stay valid.
   */
  public final void endSessions() {
    sessionGeneration++;
  }

  /** The number a session keeps from its sign-in; it moves on when the sessions are ended. */
  public int sessionGeneration() {
    return sessionGeneration;
  }

  /**
   * Replaces the roles and regions.
   *
   * @throws IllegalArgumentException for an unknown role, or a regional editor without a region
   */
  public final void assignRoles(Set<String> newRoles, Set<String> newRegions) {
    Set<String> unknown = new HashSet<>(newRoles);
    unknown.removeAll(Roles.ALL);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("Unknown roles: " + unknown);
    }
    if (newRoles.contains(Roles.REGIONAL_EDITOR) && newRegions.isEmpty()) {
      throw new IllegalArgumentException("A regional editor needs at least one region");
    }
    roles.clear();
    roles.addAll(newRoles);
    regions.clear();
    regions.addAll(newRegions);
  }

  /**
   * Stops the account from signing in; its sessions end at their next request, and stay ended when
   * it is enabled again.
   */
  public void disable() {
    enabled = false;
    endSessions();
  }

  /** Lets the account sign in again. */
  public void enable() {
    enabled = true;
  }

  /**
   * Turns two-step sign-in on (ADR 0048): from now on a code from the app with this secret, or one
   * of these recovery codes, is asked after the password. The sessions signed in with the password
   * alone end.
   *
   * @param secret the app's secret in Base32
   * @param since when it was turned on
   * @param confirmedStep the step of the code that confirmed the app has the secret (not accepted
   *     again)
   * @param recoveryHashes the stored forms of the recovery codes
   */
  public void turnOnTwoStep(
      String secret, Instant since, long confirmedStep, Set<String> recoveryHashes) {
    if (secret == null || secret.isBlank() || since == null) {
      throw new IllegalArgumentException("A secret and a time are required");
    }
    twoStepSecret = secret;
    twoStepSince = since.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    twoStepLastStep = confirmedStep;
    replaceRecoveryCodes(recoveryHashes);
    endSessions();
  }

  /** Turns two-step sign-in off: the password alone signs in again; the recovery codes go. */
  public void turnOffTwoStep() {
    twoStepSecret = null;
    twoStepSince = null;
    twoStepLastStep = null;
    recoveryCodeHashes.clear();
  }

  /** Whether a code is asked after the password. */
  public boolean isTwoStepOn() {
    return twoStepSince != null && twoStepSecret != null;
  }

  /** The app's secret in Base32, or null when two-step sign-in is off. */
  public String getTwoStepSecret() {
    return twoStepSecret;
  }

  /** When the account last signed in to the back office, or null. */
  public Instant getLastSignedInAt() {
    return lastSignedInAt == null ? null : lastSignedInAt.toInstant();
  }

  /** When two-step sign-in was turned on, or null. */
  public Instant getTwoStepSince() {
    return twoStepSince == null ? null : twoStepSince.toInstant();
  }

  /** The step of the last code accepted, or {@link Long#MIN_VALUE}. */
  public long lastAcceptedStep() {
    return twoStepLastStep == null ? Long.MIN_VALUE : twoStepLastStep;
  }

  /** Records that the code of {@code step} was accepted, so that it and earlier ones are not. */
  public void acceptedStep(long step) {
    twoStepLastStep = step;
  }

  /** Uses up a recovery code: true when the account had it (and now no longer has it). */
  public boolean useRecoveryCode(String hash) {
    return recoveryCodeHashes.remove(hash);
  }

  /** Replaces all recovery codes by new ones. */
  public void replaceRecoveryCodes(Set<String> hashes) {
    recoveryCodeHashes.clear();
    recoveryCodeHashes.addAll(hashes);
  }

  /** How many recovery codes are left. */
  public int recoveryCodesLeft() {
    return recoveryCodeHashes.size();
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  /** The roles, which are also the account's Jakarta Security groups. */
  public Set<String> getRoles() {
    return Collections.unmodifiableSet(roles);
  }

  /** The slugs of the regions a regional editor edits. */
  public Set<String> getRegions() {
    return Collections.unmodifiableSet(regions);
  }
}
