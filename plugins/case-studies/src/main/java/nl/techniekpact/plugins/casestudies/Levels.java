package nl.techniekpact.plugins.casestudies;

import java.util.Locale;
import java.util.Optional;
import nl.techniekpact.model.shared.EducationLevel;

/** Education levels as the case index's address and filter show them. */
final class Levels {

  private Levels() {}

  /**
   * A level by its address value ({@code hbo-wo}), name ({@code HBO_WO}) or label ({@code hbo/wo}).
   */
  static Optional<EducationLevel> parse(String text) {
    for (EducationLevel level : EducationLevel.values()) {
      if (level.name().equalsIgnoreCase(text)
          || level.getLabel().equalsIgnoreCase(text)
          || value(level).equalsIgnoreCase(text)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  /** The value in the address: {@code po}, {@code hbo-wo}, … */
  static String value(EducationLevel level) {
    return level.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** What a visitor reads. */
  static String label(EducationLevel level, Locale locale) {
    return switch (level) {
      case PO -> Web.pick(locale, "Primair onderwijs (po)", "Primary education");
      case VO -> Web.pick(locale, "Voortgezet onderwijs (vo)", "Secondary education");
      case MBO ->
          Web.pick(locale, "Middelbaar beroepsonderwijs (mbo)", "Vocational education (mbo)");
      case HBO_WO -> Web.pick(locale, "Hoger onderwijs (hbo/wo)", "Higher education (hbo/wo)");
      case WERKENDEN -> Web.pick(locale, "Werkenden", "People at work");
    };
  }
}
