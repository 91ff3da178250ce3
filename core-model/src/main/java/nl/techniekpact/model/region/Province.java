package nl.techniekpact.model.region;

import java.util.Arrays;
import java.util.Locale;
import nl.techniekpact.model.shared.InvalidValueException;

/**
 * The twelve provinces (provincies) of the Netherlands, which the {@link Region landsdelen} are
 * made of.
 *
 * <pre>{@code
 * Province.parse("Noord-Holland"); // NOORD_HOLLAND
 * Province.parse("NOORD_HOLLAND"); // NOORD_HOLLAND
 * Province.NOORD_HOLLAND.getDisplayName(); // "Noord-Holland"
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Province {
  /** Groningen. */
  GRONINGEN("Groningen"),
  /** Friesland (Fryslân). */
  FRIESLAND("Friesland"),
  /** Drenthe. */
  DRENTHE("Drenthe"),
  /** Overijssel. */
  OVERIJSSEL("Overijssel"),
  /** Flevoland. */
  FLEVOLAND("Flevoland"),
  /** Gelderland. */
  GELDERLAND("Gelderland"),
  /** Utrecht. */
  UTRECHT("Utrecht"),
  /** Noord-Holland. */
  NOORD_HOLLAND("Noord-Holland"),
  /** Zuid-Holland. */
  ZUID_HOLLAND("Zuid-Holland"),
  /** Zeeland. */
  ZEELAND("Zeeland"),
  /** Noord-Brabant. */
  NOORD_BRABANT("Noord-Brabant"),
  /** Limburg. */
  LIMBURG("Limburg");

  private final String displayName;

  Province(String displayName) {
    this.displayName = displayName;
  }

  /**
   * The Dutch name.
   *
   * @return for example {@code "Noord-Brabant"}
   */
  public String getDisplayName() {
    return displayName;
  }

  /**
   * Reads a province from its Dutch name or its constant name, ignoring case.
   *
   * @param text for example {@code "Noord-Brabant"} or {@code "NOORD_BRABANT"}
   * @return the province
   * @throws InvalidValueException naming the field {@code province} when unknown
   */
  public static Province parse(String text) {
    for (Province p : values()) {
      if (p.displayName.equalsIgnoreCase(text) || p.name().equalsIgnoreCase(text)) {
        return p;
      }
    }
    throw new InvalidValueException(
        "province",
        text,
        "not a Dutch province; use one of "
            + Arrays.stream(values())
                .map(Province::getDisplayName)
                .reduce((a, b) -> a + ", " + b)
                .orElse("")
                .toLowerCase(Locale.ROOT));
  }
}
