package nl.techniekpact.cms.ambassador.editing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.TypeEditing;
import nl.techniekpact.model.ambassador.Ambassador;
import nl.techniekpact.model.shared.Page;

/**
 * Editing ambassadors: the one service the back office and the API both call, with the rules of
 * {@link nl.techniekpact.cms.publishing.ContentEditor}. National editors and administrators edit
 * every ambassador; a regional editor only the ambassadors of their own regions, before and after a
 * change (so not a national one, and not moving one to another region), as for cases.
 *
 * <pre>{@code
 * @Inject AmbassadorEditing ambassadors;
 * ContentDocument<AmbassadorInput> andre = ambassadors.read(me, "andre-kuipers");
 * ambassadors.publish(me, andre.slug(), andre.version(), null);
 * }</pre>
 */
@ApplicationScoped
public class AmbassadorEditing
    extends TypeEditing<Ambassador, AmbassadorInput, ContentDocument<AmbassadorInput>> {

  @Inject private AmbassadorType type;

  @Override
  protected AmbassadorType type() {
    return type;
  }

  /**
   * A page of the ambassadors the editor may edit, in any state, deleted ones included, by name.
   *
   * @param nameContains a part of the name to filter on, or {@code null} for all
   */
  public List<ContentDocument<AmbassadorInput>> list(Editor who, String nameContains, Page page) {
    return listEditable(
        who, Ambassador.class, "c.region.slug.value", nameContains, " order by c.name, c.id", page);
  }

  /** How many ambassadors the editor may edit whose name contains a text ({@code null}: all). */
  public long count(Editor who, String nameContains) {
    return countEditable(who, Ambassador.class, "c.region.slug.value", nameContains);
  }
}
