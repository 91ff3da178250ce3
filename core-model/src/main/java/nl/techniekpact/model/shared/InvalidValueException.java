package nl.techniekpact.model.shared;

/**
 * A value that is present but breaks a rule, such as a maximum length or a URL scheme.
 *
 * @since 0.1.0
 */
public class InvalidValueException extends DomainException {

  /**
   * Creates the exception.
   *
   * @param field the field
   * @param value the rejected value
   * @param reason why it was rejected, completing the sentence "field "value" is invalid: ..."
   */
  public InvalidValueException(String field, Object value, String reason) {
    super(field, value, field + " " + quote(value) + " is invalid: " + reason);
  }
}
