package nl.techniekpact.cms.web;

/**
 * An exception that knows which {@link ErrorKind} it is and carries a detail fit to show the client
 * (never a stack trace or an internal message), such as why a plugin upload was refused.
 */
public interface ProblemWithDetail {

  /** The kind of error. */
  ErrorKind kind();

  /** What went wrong, for the client. */
  String detail();
}
