package nl.techniekpact.model.catalogue;

import java.util.Set;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.Require;

/**
 * A goal (doel) of a pact edition in a {@link Catalogue}.
 *
 * @param number its number within the edition
 * @param title its title
 * @param description its description, or {@code null}
 * @param educationLevels the education levels and target groups it concerns
 * @param theme the number of the theme it is grouped under, or {@code null}
 * @since 0.1.0
 */
public record GoalEntry(
    int number,
    LocalizedText title,
    LocalizedText description,
    Set<EducationLevel> educationLevels,
    Integer theme) {

  public GoalEntry {
    Require.present("title", title);
    educationLevels = educationLevels == null ? Set.of() : Set.copyOf(educationLevels);
  }
}
