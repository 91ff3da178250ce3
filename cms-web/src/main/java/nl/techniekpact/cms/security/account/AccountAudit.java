package nl.techniekpact.cms.security.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.util.Locale;
import nl.techniekpact.cms.publishing.audit.AuditEntry;
import nl.techniekpact.cms.publishing.audit.AuditLog;

/**
 * Records what happens to accounts in the audit log, in the transaction of the change (ADR 0051):
 * type {@value AuditLog#ACCOUNT_TYPE}, the account's username as the item, the caller as the actor
 * ({@code system} when there is none, as on the first start), and never a secret in the detail.
 * Only administrators see these entries ({@link AuditLog}).
 *
 * <pre>{@code
 * audit.record(account, AccountAudit.Action.DISABLE, null);
 * }</pre>
 */
@ApplicationScoped
public class AccountAudit {

  /** What happened to an account. */
  public enum Action {
    /** Created, with its roles and regions. */
    CREATE,
    /** Name, roles or regions changed. */
    UPDATE,
    /** Stopped from signing in. */
    DISABLE,
    /** Allowed to sign in again. */
    ENABLE,
    /** Given a new password by an administrator. */
    PASSWORD_RESET,
    /** Its own password changed. */
    PASSWORD_CHANGE,
    /** Its back-office sessions ended (ADR 0049). */
    SESSIONS_END,
    /** Two-step sign-in turned on. */
    TWO_STEP_ON,
    /** Two-step sign-in turned off. */
    TWO_STEP_OFF,
    /** New recovery codes made. */
    RECOVERY_CODES,
    /** A recovery code used (to sign in, or on its own page to turn two-step sign-in off). */
    RECOVERY_CODE_USED,
    /** An API token made (its name in the detail). */
    TOKEN_ISSUE,
    /** An API token revoked (its name in the detail). */
    TOKEN_REVOKE;

    /** The action's code in the audit log, such as {@code password-reset}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  @Inject private AuditLog log;
  @Inject private SecurityContext security;

  /** Records an action on an account by the caller of the current request. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(Account account, Action action, String detail) {
    recordBy(caller(), account, action, detail);
  }

  /** Records an action on an account by a named actor (the account itself while signing in). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordBy(String actor, Account account, Action action, String detail) {
    log.record(actor, action.code(), AuditLog.ACCOUNT_TYPE, account.getUsername(), null, detail);
  }

  /**
   * The caller's username; {@code system} without one: the first start's own work, in a start-up
   * singleton's {@code @PostConstruct}, where the EJB container refuses to be asked at all.
   */
  private String caller() {
    try {
      Principal caller = security.getCallerPrincipal();
      return caller == null ? AuditEntry.SYSTEM : caller.getName();
    } catch (IllegalStateException notAllowedHere) {
      return AuditEntry.SYSTEM;
    }
  }
}
