package nl.techniekpact.cms.publishing;

import nl.techniekpact.cms.web.ErrorKind;
import nl.techniekpact.cms.web.ProblemWithDetail;

/**
 * The item changed since the editor read it: the version they edited is not the current one.
 * Carries the current state, so the back office can show the other change and the API can name the
 * current ETag. Nothing was written.
 */
public class EditConflictException extends RuntimeException implements ProblemWithDetail {

  private static final long serialVersionUID = 1L;

  private final long expectedVersion;
  private final long currentVersion;
  private final transient Object current;

  /**
   * A conflict.
   *
   * @param expectedVersion the version the editor edited
   * @param currentVersion the current version, or -1 when not known yet
   * @param current the current state (the type's document), or {@code null} when not known yet
   */
  public EditConflictException(long expectedVersion, long currentVersion, Object current) {
    super(
        "Version "
            + expectedVersion
            + " is no longer current"
            + (currentVersion < 0 ? "" : "; the current version is " + currentVersion));
    this.expectedVersion = expectedVersion;
    this.currentVersion = currentVersion;
    this.current = current;
  }

  /** The version the editor edited. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The current version, -1 when unknown. */
  public long currentVersion() {
    return currentVersion;
  }

  /**
   * The current state, as the content type's document (such as {@code ContentDocument}).
   *
   * @param type the document's class
   * @return the current state, or {@code null} when it could not be read
   */
  public <D> D current(Class<D> type) {
    return type.isInstance(current) ? type.cast(current) : null;
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.EDIT_CONFLICT;
  }

  @Override
  public String detail() {
    return getMessage();
  }
}
