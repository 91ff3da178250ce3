package nl.techniekpact.cms.publishing;

import nl.techniekpact.cms.web.ErrorKind;
import nl.techniekpact.cms.web.ProblemWithDetail;

/** The editor may not make this change (403); nothing was written. */
public class EditRefusedException extends RuntimeException implements ProblemWithDetail {

  private static final long serialVersionUID = 1L;

  /** A refusal saying why. */
  public EditRefusedException(String detail) {
    super(detail);
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
