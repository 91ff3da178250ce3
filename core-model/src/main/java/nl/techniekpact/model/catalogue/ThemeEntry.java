package nl.techniekpact.model.catalogue;

import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.Require;

/**
 * A theme (thema) of a pact edition in a {@link Catalogue}.
 *
 * @param number its number within the edition
 * @param title its title
 * @param description its description, or {@code null}
 * @since 0.1.0
 */
public record ThemeEntry(int number, LocalizedText title, LocalizedText description) {

  public ThemeEntry {
    Require.present("title", title);
  }
}
