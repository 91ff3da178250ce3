package nl.techniekpact.model.catalogue;

import java.time.LocalDate;
import java.util.List;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.Require;
import nl.techniekpact.model.shared.Slug;

/**
 * A pact edition (editie van het Techniekpact) in a {@link Catalogue}, with its goals and themes.
 *
 * @param slug its slug
 * @param name its name
 * @param signedOn the date of signing, or {@code null}
 * @param description what the pact is about: the introduction of the site
 * @param regionsIntroduction the text introducing the landsdelen, or {@code null}
 * @param themes its themes
 * @param goals its goals
 * @since 0.1.0
 */
public record PactEntry(
    Slug slug,
    String name,
    LocalDate signedOn,
    LocalizedText description,
    LocalizedText regionsIntroduction,
    List<ThemeEntry> themes,
    List<GoalEntry> goals) {

  public PactEntry {
    Require.present("slug", slug);
    Require.present("name", name);
    Require.present("description", description);
    themes = themes == null ? List.of() : List.copyOf(themes);
    goals = goals == null ? List.of() : List.copyOf(goals);
  }
}
