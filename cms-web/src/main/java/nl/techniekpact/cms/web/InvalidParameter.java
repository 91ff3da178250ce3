package nl.techniekpact.cms.web;

import java.util.List;
import java.util.Locale;

/**
 * One request parameter the CMS refused, such as {@code size=1000}: which parameter, the value as
 * sent and why. Its text comes from the message bundle ({@code parameter.<reason>}), so clients get
 * it in their language.
 *
 * @param parameter the parameter's name, such as {@code size}
 * @param value the value as sent
 * @param reason why it was refused
 * @param limits for {@link Reason#OUT_OF_RANGE}: the smallest and largest value allowed
 */
public record InvalidParameter(String parameter, String value, Reason reason, List<Long> limits) {

  public InvalidParameter {
    limits = limits == null ? List.of() : List.copyOf(limits);
  }

  /** Why a value was refused. */
  public enum Reason {
    /** The value names nothing the CMS knows, such as an unknown region slug. */
    UNKNOWN,
    /** The value should be a whole number and is not. */
    NOT_A_NUMBER,
    /** The number lies outside the allowed range. */
    OUT_OF_RANGE,
    /** The text is empty, too long or has control characters. */
    TEXT_LENGTH;

    /** The reason's code in problem details and message keys, such as {@code not-a-number}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** A value that names nothing the CMS knows. */
  public static InvalidParameter unknown(String parameter, String value) {
    return new InvalidParameter(parameter, value, Reason.UNKNOWN, List.of());
  }

  /** A value that is not a whole number. */
  public static InvalidParameter notANumber(String parameter, String value) {
    return new InvalidParameter(parameter, value, Reason.NOT_A_NUMBER, List.of());
  }

  /** A number outside {@code min} to {@code max}. */
  public static InvalidParameter outOfRange(String parameter, String value, long min, long max) {
    return new InvalidParameter(parameter, value, Reason.OUT_OF_RANGE, List.of(min, max));
  }

  /** A text that is not {@code min} to {@code max} characters without control characters. */
  public static InvalidParameter textLength(String parameter, String value, long min, long max) {
    return new InvalidParameter(parameter, value, Reason.TEXT_LENGTH, List.of(min, max));
  }
}
