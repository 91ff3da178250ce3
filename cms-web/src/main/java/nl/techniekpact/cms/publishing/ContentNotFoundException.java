package nl.techniekpact.cms.publishing;

import nl.techniekpact.cms.web.ErrorKind;
import nl.techniekpact.cms.web.ProblemWithDetail;

/** No item of that type with that slug (or no such revision): 404. */
public class ContentNotFoundException extends RuntimeException implements ProblemWithDetail {

  private static final long serialVersionUID = 1L;

  /** Names what was not found. */
  public ContentNotFoundException(String detail) {
    super(detail);
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.NOT_FOUND;
  }

  @Override
  public String detail() {
    return getMessage();
  }
}
