package nl.techniekpact.model.shared;

/**
 * A required value (een verplicht veld) that is absent or blank.
 *
 * @since 0.1.0
 */
public class MissingValueException extends DomainException {

  /**
   * Creates the exception.
   *
   * @param field the field that is required
   * @param value what was given instead ({@code null} or a blank string)
   */
  public MissingValueException(String field, Object value) {
    super(field, value, field + " is required but was " + quote(value));
  }
}
