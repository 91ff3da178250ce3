package nl.techniekpact.cms.rest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.techniekpact.model.shared.EducationLevel;

/**
 * Education levels in the API: shown by their constant name ({@code MBO}, {@code HBO_WO}), read in
 * any case by that name, by the site's label ({@code hbo/wo}) or with a hyphen ({@code hbo-wo}).
 */
public final class EducationLevels {

  private EducationLevels() {}

  /** The level a client named, if any matches. */
  public static Optional<EducationLevel> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    for (EducationLevel level : EducationLevel.values()) {
      String name = level.name().toLowerCase(Locale.ROOT);
      if (wanted.equals(name)
          || wanted.equals(name.replace('_', '-'))
          || wanted.equals(level.getLabel())) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  /** The names of levels in their natural order, as views list them. */
  public static java.util.List<String> names(Set<EducationLevel> levels) {
    return levels.stream().sorted().map(Enum::name).toList();
  }
}
