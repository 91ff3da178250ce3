package nl.techniekpact.cms.web;

import java.io.IOException;

/** A request body over the configured limit; answered with 413. */
public class RequestTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The body went over {@code limitBytes}. */
  public RequestTooLargeException(long limitBytes) {
    super("Request body exceeds the limit of " + limitBytes + " bytes");
  }
}
