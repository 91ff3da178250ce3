package nl.techniekpact.model.shared;

/**
 * Guard clauses used by the constructors and intent methods of the domain, throwing {@link
 * DomainException}s that name the field and the value.
 *
 * <pre>{@code
 * this.name = Require.text("name", name, 200);
 * this.region = Require.present("region", region);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Require {

  private Require() {}

  /**
   * Requires a value to be present.
   *
   * @param field the field name used in the message
   * @param value the value
   * @param <T> its type
   * @return the value
   * @throws MissingValueException when {@code value} is {@code null}
   */
  public static <T> T present(String field, T value) {
    if (value == null) {
      throw new MissingValueException(field, null);
    }
    return value;
  }

  /**
   * Requires a non-blank text of at most {@code maxLength} characters; surrounding whitespace is
   * removed.
   *
   * @param field the field name used in the message
   * @param value the text
   * @param maxLength the maximum length after trimming
   * @return the trimmed text
   * @throws MissingValueException when blank
   * @throws InvalidValueException when too long
   */
  public static String text(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new MissingValueException(field, value);
    }
    return maxLength(field, value.strip(), maxLength);
  }

  /**
   * Accepts an optional text: blank becomes {@code null}, otherwise trimmed and length-checked.
   *
   * @param field the field name used in the message
   * @param value the text or {@code null}
   * @param maxLength the maximum length after trimming
   * @return the trimmed text or {@code null}
   * @throws InvalidValueException when too long
   */
  public static String optionalText(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return maxLength(field, value.strip(), maxLength);
  }

  /**
   * Requires a text to be at most {@code maxLength} characters long.
   *
   * @param field the field name used in the message
   * @param value the text, {@code null} is accepted
   * @param maxLength the maximum length
   * @return the text
   * @throws InvalidValueException when too long
   */
  public static String maxLength(String field, String value, int maxLength) {
    if (value != null && value.length() > maxLength) {
      throw new InvalidValueException(
          field,
          value,
          "it is " + value.length() + " characters long, at most " + maxLength + " are allowed");
    }
    return value;
  }

  /**
   * Requires a number to be positive.
   *
   * @param field the field name used in the message
   * @param value the number
   * @return the number
   * @throws InvalidValueException when zero or negative
   */
  public static int positive(String field, int value) {
    if (value <= 0) {
      throw new InvalidValueException(field, value, "it must be 1 or more");
    }
    return value;
  }
}
