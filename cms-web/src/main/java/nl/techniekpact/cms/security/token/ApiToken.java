package nl.techniekpact.cms.security.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import nl.techniekpact.cms.security.account.Account;

/**
 * An API token of an account: its name, the hash of its secret (never the secret), when it was
 * created and when it was last used.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

  /** The longest name. */
  public static final int MAX_NAME_LENGTH = 100;

  /** How stale {@code lastUsedAt} may get before a use is written, to spare a write per call. */
  static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "account_id", nullable = false, updatable = false)
  private Account account;

  @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
  private String name;

  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "last_used_at")
  private OffsetDateTime lastUsedAt;

  /** For JPA. */
  protected ApiToken() {}

  /**
   * A new token of an account.
   *
   * @throws IllegalArgumentException when the name is blank, too long or has control characters
   */
  public ApiToken(Account account, String name, String tokenHash, Instant now) {
    if (!isValidName(name)) {
      throw new IllegalArgumentException("Invalid token name");
    }
    this.account = account;
    this.name = name.strip();
    this.tokenHash = tokenHash;
    this.createdAt = utc(now);
  }

  /** Whether a name is 1 to {@value #MAX_NAME_LENGTH} characters without control characters. */
  public static boolean isValidName(String name) {
    if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
      return false;
    }
    return name.strip().chars().noneMatch(Character::isISOControl);
  }

  /** Records a use; true when that changed what is stored. */
  boolean usedAt(Instant now) {
    if (lastUsedAt != null && lastUsedAt.toInstant().plus(LAST_USED_PRECISION).isAfter(now)) {
      return false;
    }
    lastUsedAt = utc(now);
    return true;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public Account getAccount() {
    return account;
  }

  public String getName() {
    return name;
  }

  public Instant getCreatedAt() {
    return createdAt.toInstant();
  }

  /** When it was last used, to the minute; null when never. */
  public Instant getLastUsedAt() {
    return lastUsedAt == null ? null : lastUsedAt.toInstant();
  }
}
