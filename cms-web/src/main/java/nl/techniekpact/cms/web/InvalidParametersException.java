package nl.techniekpact.cms.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Request parameters the CMS refused, all of them at once; answered with 400 and a problem detail
 * whose {@code errors} member lists each parameter ({@link ErrorKind#INVALID_PARAMETERS}).
 */
public class InvalidParametersException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<InvalidParameter> parameters;

  /** The refused parameters, at least one. */
  public InvalidParametersException(List<InvalidParameter> parameters) {
    super(
        parameters.stream()
            .map(p -> p.parameter() + "=" + p.value() + " (" + p.reason().code() + ")")
            .collect(Collectors.joining(", ", "Invalid parameters: ", "")));
    if (parameters.isEmpty()) {
      throw new IllegalArgumentException("no invalid parameter");
    }
    this.parameters = List.copyOf(parameters);
  }

  /** The refused parameters, in the order they were checked. */
  public List<InvalidParameter> parameters() {
    return parameters;
  }
}
