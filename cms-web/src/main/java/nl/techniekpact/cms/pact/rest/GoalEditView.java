package nl.techniekpact.cms.pact.rest;

import java.util.List;
import nl.techniekpact.cms.pact.editing.GoalInput;
import nl.techniekpact.cms.publishing.EditedItem;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.cms.rest.Iso;

/**
 * A goal as editors see it over the API: the fields a write sends plus its version (the ETag is
 * {@code "v" + version}) and last save.
 *
 * @param pact the slug of its edition
 * @param number its number in the edition
 * @param title its title
 * @param description its description, if any
 * @param theme the number of the theme it is grouped under, if any
 * @param educationLevels the education levels it concerns
 * @param version the optimistic version, as in the ETag
 * @param updatedAt when it was last saved
 * @param deletedAt when it was deleted (softly; restorable), if it was
 */
public record GoalEditView(
    String pact,
    int number,
    TextInput title,
    TextInput description,
    Integer theme,
    List<String> educationLevels,
    long version,
    String updatedAt,
    String deletedAt) {

  /** The view of an edited goal. */
  public static GoalEditView of(EditedItem<GoalInput> item) {
    GoalInput g = item.content();
    return new GoalEditView(
        g.pact(),
        g.number(),
        g.title(),
        g.description(),
        g.theme(),
        g.educationLevels(),
        item.version(),
        Iso.instant(item.updatedAt()),
        Iso.instant(item.deletedAt()));
  }
}
