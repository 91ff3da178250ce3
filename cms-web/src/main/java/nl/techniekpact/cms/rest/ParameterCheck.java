package nl.techniekpact.cms.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import nl.techniekpact.cms.web.InvalidParameter;
import nl.techniekpact.cms.web.InvalidParametersException;

/**
 * Reads the query parameters of one request and collects every refused value, so a client learns
 * about all its mistakes in one 400 response instead of one at a time.
 *
 * <pre>{@code
 * ParameterCheck check = new ParameterCheck();
 * Optional<Region> region = check.known("region", regionText, this::visibleRegion);
 * OptionalInt goal = check.optionalInteger("goal", goalText, 1, 9999);
 * PageRequest paging = PageRequest.read(check, pageText, sizeText);
 * check.done(); // throws InvalidParametersException naming each refused parameter
 * }</pre>
 *
 * <p>A missing or empty parameter counts as absent.
 */
public final class ParameterCheck {

  private final List<InvalidParameter> refused = new ArrayList<>();

  /**
   * A whole number from {@code min} to {@code max}, or {@code absent} when not given.
   *
   * @return the number, or {@code absent} also when refused
   */
  public int integer(String name, String text, int absent, int min, int max) {
    return optionalInteger(name, text, min, max).orElse(absent);
  }

  /** A whole number from {@code min} to {@code max}, if given and valid. */
  public OptionalInt optionalInteger(String name, String text, int min, int max) {
    if (isAbsent(text)) {
      return OptionalInt.empty();
    }
    long value;
    try {
      value = Long.parseLong(text.strip());
    } catch (NumberFormatException notANumber) {
      if (text.strip().matches("[+-]?[0-9]+")) {
        refused.add(InvalidParameter.outOfRange(name, text, min, max));
      } else {
        refused.add(InvalidParameter.notANumber(name, text));
      }
      return OptionalInt.empty();
    }
    if (value < min || value > max) {
      refused.add(InvalidParameter.outOfRange(name, text, min, max));
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) value);
  }

  /**
   * A value that must name something known, looked up by {@code lookup}; refused as unknown when
   * the lookup finds nothing.
   */
  public <T> Optional<T> known(String name, String text, Function<String, Optional<T>> lookup) {
    if (isAbsent(text)) {
      return Optional.empty();
    }
    Optional<T> found = lookup.apply(text.strip());
    if (found.isEmpty()) {
      refused.add(InvalidParameter.unknown(name, text));
    }
    return found;
  }

  /**
   * A required text of {@code min} to {@code max} characters (counted as code points, after
   * stripping surrounding white space) without control characters.
   *
   * @return the stripped text, or empty when missing or refused
   */
  public Optional<String> text(String name, String text, int min, int max) {
    String stripped = text == null ? "" : text.strip();
    long length = stripped.codePoints().count();
    if (length < min || length > max || stripped.codePoints().anyMatch(Character::isISOControl)) {
      refused.add(InvalidParameter.textLength(name, text == null ? "" : text, min, max));
      return Optional.empty();
    }
    return Optional.of(stripped);
  }

  /** Whether a parameter read so far was refused. */
  public boolean refused(String name) {
    return refused.stream().anyMatch(p -> p.parameter().equals(name));
  }

  /**
   * Ends the check.
   *
   * @throws InvalidParametersException naming every refused parameter, if any
   */
  public void done() {
    if (!refused.isEmpty()) {
      throw new InvalidParametersException(refused);
    }
  }

  private static boolean isAbsent(String text) {
    return text == null || text.isBlank();
  }
}
