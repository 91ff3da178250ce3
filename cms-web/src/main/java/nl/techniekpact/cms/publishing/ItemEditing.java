package nl.techniekpact.cms.publishing;

import java.util.List;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.publishing.revision.RevisionSummary;
import nl.techniekpact.model.shared.DeletableEntity;

/**
 * The editing operations of one removable content type without publication (an organisation, a pact
 * edition, a goal, a theme), bound to {@link ContentEditor}: what a type's service hands out so
 * that the back office and the API call the same rules without a facade method per operation and
 * type.
 *
 * <pre>{@code
 * EditedItem<GoalInput> goal = pactEditing.goals().read(me, "techniekpact/4");
 * pactEditing.goals().update(me, "techniekpact/4", goal.version(), changed);
 * }</pre>
 *
 * @param <E> the entity
 * @param <I> the editable fields
 * @param <D> the document
 */
public final class ItemEditing<E extends DeletableEntity, I, D> {

  private final ContentEditor editor;
  private final RemovableType<E, I, D> type;

  /** Binds a type to the editor. */
  public ItemEditing(ContentEditor editor, RemovableType<E, I, D> type) {
    this.editor = editor;
    this.type = type;
  }

  /** One item, for editing. */
  public D read(Editor who, String name) {
    return editor.read(who, type, name);
  }

  /** Creates an item. */
  public D create(Editor who, I input) {
    return editor.create(who, type, input);
  }

  /** Changes an item's fields. */
  public D update(Editor who, String name, long expectedVersion, I input) {
    return editor.update(who, type, name, expectedVersion, input);
  }

  /** Deletes an item softly, while nothing visible refers to it; {@link #restore} undoes it. */
  public D delete(Editor who, String name, long expectedVersion) {
    return editor.delete(who, type, name, expectedVersion);
  }

  /** Restores a softly deleted item. */
  public D restore(Editor who, String name, long expectedVersion) {
    return editor.restore(who, type, name, expectedVersion);
  }

  /** Removes a deleted item nothing refers to for good (administrators only). */
  public void purge(Editor who, String name, long expectedVersion) {
    editor.purge(who, type, name, expectedVersion);
  }

  /** The item's revisions, newest first. */
  public List<RevisionSummary> revisions(Editor who, String name) {
    return editor.revisions(who, type, name);
  }

  /** The fields the item had in a revision. */
  public I revision(Editor who, String name, long number) {
    return editor.revision(who, type, name, number);
  }

  /** What differs between two revisions. */
  public List<FieldChange> compare(Editor who, String name, long older, long newer) {
    return editor.compare(who, type, name, older, newer);
  }

  /** Restores a revision's fields as a new save. */
  public D restoreRevision(Editor who, String name, long number, long expectedVersion) {
    return editor.restoreRevision(who, type, name, number, expectedVersion);
  }
}
