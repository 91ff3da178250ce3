package nl.techniekpact.cms.region.editing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.ContentRights;
import nl.techniekpact.cms.publishing.EditRefusedException;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.TypeEditing;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.Page;

/**
 * Editing regions: the one service the back office and the API both call, with the rules of {@link
 * nl.techniekpact.cms.publishing.ContentEditor}. National editors and administrators edit every
 * region; a regional editor edits only the regions of their account (their texts, contact and
 * publication) and may not create, delete or restore a region, since the landsdelen themselves are
 * national decisions.
 *
 * <pre>{@code
 * @Inject RegionEditing regions;
 * ContentDocument<RegionInput> noord = regions.read(me, "noord-nederland");
 * regions.update(me, noord.slug(), noord.version(), changed);
 * }</pre>
 */
@ApplicationScoped
public class RegionEditing extends TypeEditing<Region, RegionInput, ContentDocument<RegionInput>> {

  @Inject private RegionType type;

  @Override
  protected RegionType type() {
    return type;
  }

  /**
   * A page of the regions the editor may edit, in any state, deleted ones included, by name.
   *
   * @param nameContains a part of the name to filter on, or {@code null} for all
   */
  public List<ContentDocument<RegionInput>> list(Editor who, String nameContains, Page page) {
    return listEditable(
        who, Region.class, "c.slug.value", nameContains, " order by c.name, c.id", page);
  }

  /** How many regions the editor may edit whose name contains a text ({@code null}: all). */
  public long count(Editor who, String nameContains) {
    return countEditable(who, Region.class, "c.slug.value", nameContains);
  }

  /** Creates a draft region; national editors and administrators only. */
  @Override
  public ContentDocument<RegionInput> create(Editor who, RegionInput input) {
    requireNational(who, "create");
    return super.create(who, input);
  }

  /** Deletes a region softly; national editors and administrators only. */
  @Override
  public ContentDocument<RegionInput> delete(Editor who, String slug, long expectedVersion) {
    requireNational(who, "delete");
    return super.delete(who, slug, expectedVersion);
  }

  /** Restores a deleted region; national editors and administrators only. */
  @Override
  public ContentDocument<RegionInput> restore(Editor who, String slug, long expectedVersion) {
    requireNational(who, "restore");
    return super.restore(who, slug, expectedVersion);
  }

  /** Whether the editor may create, delete and restore regions. */
  public boolean mayManageRegions(Editor who) {
    return ContentRights.mayEditAll(who);
  }

  private static void requireNational(Editor who, String operation) {
    ContentRights.requireMayEditContent(who);
    if (!ContentRights.mayEditAll(who)) {
      throw new EditRefusedException(
          "Only national editors and administrators " + operation + " regions");
    }
  }
}
