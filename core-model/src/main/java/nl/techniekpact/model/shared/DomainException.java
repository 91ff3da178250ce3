package nl.techniekpact.model.shared;

/**
 * Base of every rule violation in the Techniekpact domain (een overtreding van een domeinregel).
 *
 * <p>Each exception names the offending field and the value it got, so that a message can be shown
 * to an editor or logged without further context, for example:
 *
 * <pre>{@code
 * try {
 *   Slug.of("Noord Nederland!");
 * } catch (DomainException e) {
 *   e.getField();   // "slug"
 *   e.getValue();   // "Noord Nederland!"
 *   e.getMessage(); // slug "Noord Nederland!" is invalid: use lowercase letters, digits and ...
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public class DomainException extends RuntimeException {

  private static final int MAX_QUOTED_LENGTH = 80;

  /** The name or path of the field that broke the rule. */
  private final String field;

  private final transient Object value;

  /**
   * Creates an exception about one field.
   *
   * @param field the name (or path) of the field that broke the rule
   * @param value the offending value, may be {@code null}
   * @param message the complete message, naming the field and the value
   */
  protected DomainException(String field, Object value, String message) {
    super(message);
    this.field = field;
    this.value = value;
  }

  /**
   * The name or path of the field that broke the rule.
   *
   * @return the field, for example {@code "slug"} or {@code "title.nl"}
   */
  public String getField() {
    return field;
  }

  /**
   * The offending value.
   *
   * @return the value as given, possibly {@code null}
   */
  public Object getValue() {
    return value;
  }

  /**
   * Renders a value for a message: strings in double quotes (shortened when long), {@code null} as
   * {@code null}, anything else with {@link String#valueOf(Object)}.
   *
   * @param value any value
   * @return the value as it should appear in a message
   */
  public static String quote(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof CharSequence text) {
      String s = text.toString();
      if (s.length() > MAX_QUOTED_LENGTH) {
        s = s.substring(0, MAX_QUOTED_LENGTH) + "…";
      }
      return '"' + s + '"';
    }
    return String.valueOf(value);
  }
}
