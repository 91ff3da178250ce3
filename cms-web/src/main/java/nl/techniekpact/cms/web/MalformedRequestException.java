package nl.techniekpact.cms.web;

import java.io.IOException;

/** A request body the CMS could not parse, such as a broken multipart body; answered with 400. */
public class MalformedRequestException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The body could not be parsed, for the given reason. */
  public MalformedRequestException(String message, Throwable cause) {
    super(message, cause);
  }
}
