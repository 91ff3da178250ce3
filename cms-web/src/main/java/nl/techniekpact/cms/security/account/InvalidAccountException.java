package nl.techniekpact.cms.security.account;

import nl.techniekpact.cms.web.ErrorKind;
import nl.techniekpact.cms.web.ProblemWithDetail;

/**
 * Account input that cannot be stored: a malformed username, a short password, a taken name, a
 * stale version. Carries a {@link Problem} naming the field, so screens can show the error beside
 * it in the editor's language. Nothing was changed.
 */
public class InvalidAccountException extends RuntimeException implements ProblemWithDetail {

  private static final long serialVersionUID = 1L;

  /** What is wrong, and with which input field (null: the whole form). */
  public enum Problem {
    USERNAME_MALFORMED("username"),
    USERNAME_TAKEN("username"),
    DISPLAY_NAME_INVALID("displayName"),
    PASSWORD_TOO_SHORT("password"),
    PASSWORD_WRONG("currentPassword"),
    ROLES_MISSING("roles"),
    ROLE_UNKNOWN("roles"),
    REGION_REQUIRED("regions"),
    REGION_UNKNOWN("regions"),
    OWN_ACCOUNT(null),
    OWN_TWO_STEP(null),
    OWN_SESSIONS(null),
    OWN_PASSWORD(null),
    CHANGED_BY_OTHER(null),
    NOT_FOUND(null),
    INVALID(null);

    private final String field;

    Problem(String field) {
      this.field = field;
    }

    /** The input field the problem is about, or null. */
    public String field() {
      return field;
    }
  }

  private final Problem problem;

  /** The input was refused for the given reason. */
  public InvalidAccountException(Problem problem, String message) {
    super(message);
    this.problem = problem;
  }

  /** The input was refused for a reason without a field. */
  public InvalidAccountException(String message) {
    this(Problem.INVALID, message);
  }

  /** What is wrong. */
  public Problem problem() {
    return problem;
  }

  @Override
  public ErrorKind kind() {
    return switch (problem) {
      case NOT_FOUND -> ErrorKind.NOT_FOUND;
      case CHANGED_BY_OTHER, USERNAME_TAKEN -> ErrorKind.CONFLICT;
      default -> ErrorKind.BAD_REQUEST;
    };
  }

  @Override
  public String detail() {
    return getMessage();
  }
}
