package nl.techniekpact.cms.security;

import nl.techniekpact.cms.web.ErrorKind;
import nl.techniekpact.cms.web.ProblemWithDetail;

/**
 * The signed-in caller lacks the role (or region) an operation needs; nothing was changed. REST
 * answers it with 403, the back office with its message.
 */
public class NotPermittedException extends RuntimeException implements ProblemWithDetail {

  private static final long serialVersionUID = 1L;

  /** Refused for the given reason. */
  public NotPermittedException(String message) {
    super(message);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.FORBIDDEN;
  }

  @Override
  public String detail() {
    return getMessage();
  }
}
