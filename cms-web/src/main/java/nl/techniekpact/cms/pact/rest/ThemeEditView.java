package nl.techniekpact.cms.pact.rest;

import nl.techniekpact.cms.pact.editing.ThemeInput;
import nl.techniekpact.cms.publishing.EditedItem;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.cms.rest.Iso;

/**
 * A theme as editors see it over the API: the fields a write sends plus its version (the ETag is
 * {@code "v" + version}) and last save.
 *
 * @param pact the slug of its edition
 * @param number its number in the edition
 * @param title its title
 * @param description its description, if any
 * @param version the optimistic version, as in the ETag
 * @param updatedAt when it was last saved
 * @param deletedAt when it was deleted (softly; restorable), if it was
 */
public record ThemeEditView(
    String pact,
    int number,
    TextInput title,
    TextInput description,
    long version,
    String updatedAt,
    String deletedAt) {

  /** The view of an edited theme. */
  public static ThemeEditView of(EditedItem<ThemeInput> item) {
    ThemeInput t = item.content();
    return new ThemeEditView(
        t.pact(),
        t.number(),
        t.title(),
        t.description(),
        item.version(),
        Iso.instant(item.updatedAt()),
        Iso.instant(item.deletedAt()));
  }
}
