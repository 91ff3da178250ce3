package nl.techniekpact.cms.publishing;

import java.util.List;
import java.util.stream.Collectors;
import nl.techniekpact.cms.web.ErrorKind;
import nl.techniekpact.cms.web.ProblemWithDetail;

/**
 * An edit with invalid fields (422); the problem details list each field in {@code errors}. Nothing
 * was written.
 */
public class InvalidContentException extends RuntimeException implements ProblemWithDetail {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  /** The refused fields, at least one. */
  public InvalidContentException(List<FieldError> errors) {
    super(
        errors.stream()
            .map(e -> e.field() + ": " + e.message())
            .collect(Collectors.joining("; ", "Invalid content: ", "")));
    this.errors = List.copyOf(errors);
  }

  /** Each refused field with why. */
  public List<FieldError> errors() {
    return errors;
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.INVALID_CONTENT;
  }

  @Override
  public String detail() {
    return errors.size() == 1
        ? "1 field is invalid: " + errors.get(0).field()
        : errors.size()
            + " fields are invalid: "
            + errors.stream().map(FieldError::field).collect(Collectors.joining(", "));
  }
}
