package nl.techniekpact.cms.plugin.host;

import nl.techniekpact.cms.web.ErrorKind;
import nl.techniekpact.cms.web.ProblemWithDetail;

/**
 * A plugin operation the host refused, with a message for the administrator that names the problem
 * (and, for versions, both versions). Nothing installed was changed.
 */
public class PluginRefusedException extends RuntimeException implements ProblemWithDetail {

  private static final long serialVersionUID = 1L;

  /** Why an operation was refused. */
  public enum Reason {
    TOO_LARGE(ErrorKind.REQUEST_TOO_LARGE),
    NOT_A_JAR(ErrorKind.PLUGIN_REFUSED),
    NO_DESCRIPTOR(ErrorKind.PLUGIN_REFUSED),
    INVALID_DESCRIPTOR(ErrorKind.PLUGIN_REFUSED),
    ALREADY_INSTALLED(ErrorKind.CONFLICT),
    INCOMPATIBLE_API(ErrorKind.PLUGIN_REFUSED),
    MISSING_DEPENDENCY(ErrorKind.PLUGIN_REFUSED),
    CLASSES_DO_NOT_LINK(ErrorKind.PLUGIN_REFUSED),
    INVALID_EXTENSION(ErrorKind.PLUGIN_REFUSED),
    START_FAILED(ErrorKind.PLUGIN_REFUSED),
    SIGNATURE_INVALID(ErrorKind.PLUGIN_REFUSED),
    SIGNATURE_REQUIRED(ErrorKind.PLUGIN_REFUSED),
    SIGNER_NOT_TRUSTED(ErrorKind.PLUGIN_REFUSED),
    NOT_INSTALLED(ErrorKind.NOT_FOUND),
    IN_USE(ErrorKind.CONFLICT),
    STORAGE_FAILED(ErrorKind.SERVER_ERROR);

    private final ErrorKind kind;

    Reason(ErrorKind kind) {
      this.kind = kind;
    }
  }

  private final Reason reason;

  /** A refusal for a reason, with the administrator's message. */
  public PluginRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** A refusal caused by an exception. */
  public PluginRefusedException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** Why. */
  public Reason reason() {
    return reason;
  }

  @Override
  public ErrorKind kind() {
    return reason.kind;
  }

  @Override
  public String detail() {
    return getMessage();
  }
}
