package nl.techniekpact.cms.web;

import java.util.Map;

/**
 * An exception that knows which {@link ErrorKind} it is and carries a detail fit to show the client
 * (never a stack trace or an internal message), such as why a plugin upload was refused.
 */
public interface ProblemWithDetail {

  /** The kind of error. */
  ErrorKind kind();

  /** What went wrong, for the client. */
  String detail();

  /** Extra members of the problem details, such as what a conflicting item is; none by default. */
  default Map<String, Object> extensions() {
    return Map.of();
  }
}
