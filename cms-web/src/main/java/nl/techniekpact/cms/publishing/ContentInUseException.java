package nl.techniekpact.cms.publishing;

import java.util.List;
import java.util.Map;
import nl.techniekpact.cms.web.ErrorKind;
import nl.techniekpact.cms.web.ProblemWithDetail;

/**
 * An item cannot be removed because other items still refer to it (409 Conflict); the detail names
 * them so the editor knows what to change first. Nothing was written.
 */
public class ContentInUseException extends RuntimeException implements ProblemWithDetail {

  private static final long serialVersionUID = 1L;

  /** How many of the referring items the message names at most. */
  static final int NAMED = 10;

  private final List<String> usedBy;

  /**
   * A refused removal.
   *
   * @param type the content type key
   * @param slug the item
   * @param usedBy what refers to it, such as {@code case-study make-it-move}
   */
  public ContentInUseException(String type, String slug, List<String> usedBy) {
    super(
        type
            + " "
            + slug
            + " cannot be removed: "
            + usedBy.size()
            + " item(s) still refer to it ("
            + String.join(", ", usedBy.subList(0, Math.min(NAMED, usedBy.size())))
            + (usedBy.size() > NAMED ? ", …" : "")
            + "); remove those references first");
    this.usedBy = List.copyOf(usedBy);
  }

  /** What still refers to the item. */
  public List<String> usedBy() {
    return usedBy;
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.CONTENT_IN_USE;
  }

  @Override
  public String detail() {
    return getMessage();
  }

  @Override
  public Map<String, Object> extensions() {
    return Map.of("usedBy", usedBy);
  }
}
