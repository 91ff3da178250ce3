package nl.techniekpact.cms.security.account;

/** Account input that cannot be stored: a malformed username, a short password, a taken name. */
public class InvalidAccountException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The input was refused for the given reason. */
  public InvalidAccountException(String message) {
    super(message);
  }
}
