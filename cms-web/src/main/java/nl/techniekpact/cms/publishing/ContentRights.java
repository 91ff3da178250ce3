package nl.techniekpact.cms.publishing;

import java.util.Set;
import java.util.TreeSet;
import nl.techniekpact.cms.security.Roles;

/**
 * The one place that decides who may edit which content: administrators and national editors all
 * content; regional editors only content that lies in their own regions, before <b>and</b> after a
 * change (so they can neither take an item from another region nor move one of theirs away, and
 * national items, without a region, are not theirs); plugin admins and accounts without an editing
 * role no content at all.
 *
 * <pre>{@code
 * ContentRights.requireMayEdit(editor, Set.of("noord"), Set.of("zuid-nederland")); // refused
 * }</pre>
 */
public final class ContentRights {

  private ContentRights() {}

  /** Whether the editor may edit content at all (some content). */
  public static boolean mayEditContent(Editor editor) {
    return mayEditAll(editor) || editor.has(Roles.REGIONAL_EDITOR);
  }

  /** Whether the editor may edit all content, whatever its region. */
  public static boolean mayEditAll(Editor editor) {
    return editor.has(Roles.ADMINISTRATOR) || editor.has(Roles.NATIONAL_EDITOR);
  }

  /**
   * Whether the editor may edit an item that lies in these regions.
   *
   * @param regions the slugs of the item's regions; empty for a national item
   */
  public static boolean mayEdit(Editor editor, Set<String> regions) {
    if (mayEditAll(editor)) {
      return true;
    }
    return editor.has(Roles.REGIONAL_EDITOR)
        && !regions.isEmpty()
        && editor.regions().containsAll(regions);
  }

  /**
   * Refuses an editor without any editing role.
   *
   * @throws EditRefusedException when refused
   */
  public static void requireMayEditContent(Editor editor) {
    if (!mayEditContent(editor)) {
      throw new EditRefusedException(editor.username() + " has no role that edits content");
    }
  }

  /**
   * Refuses a change unless the editor may edit the item both as it was and as it would become.
   *
   * @param before the item's region slugs before the change (empty for national, or for a new item
   *     pass the same set as {@code after})
   * @param after the item's region slugs after the change
   * @throws EditRefusedException when refused; nothing has been written then
   */
  public static void requireMayEdit(Editor editor, Set<String> before, Set<String> after) {
    requireMayEditContent(editor);
    for (Set<String> regions : java.util.List.of(before, after)) {
      if (!mayEdit(editor, regions)) {
        throw new EditRefusedException(
            regions.isEmpty()
                ? "Only national editors edit national content"
                : "Regional editors edit only their own regions "
                    + new TreeSet<>(editor.regions())
                    + ", not "
                    + new TreeSet<>(regions));
      }
    }
  }
}
