package nl.techniekpact.cms.publishing;

import java.util.List;
import nl.techniekpact.model.shared.DeletableEntity;

/**
 * A content type that other items refer to (an organisation that cases name as partner, a goal that
 * cases or ambassadors link to, a theme that goals are grouped under, a pact edition with goals):
 * {@link ContentEditor#delete} deletes an item softly only while no item that is not deleted itself
 * refers to it, and refuses otherwise with a {@link ContentInUseException} that names those items,
 * so nothing disappears silently from a visible page. {@link ContentEditor#purge} removes a deleted
 * item for good once nothing at all refers to it.
 *
 * @param <E> the entity
 * @param <I> the editable fields
 * @param <D> the document
 */
public interface RemovableType<E extends DeletableEntity, I, D> extends EditableType<E, I, D> {

  /**
   * What refers to an item, each as a short description such as {@code case-study make-it-move}.
   *
   * @param alsoDeleted whether softly deleted items count too (for a purge, which the database's
   *     references would refuse otherwise)
   * @return empty when the item may be deleted (or purged)
   */
  List<String> usedBy(E item, boolean alsoDeleted);

  /**
   * Adds an error when a deleted item cannot be restored yet, such as a goal of a deleted pact
   * edition; by default every item can.
   */
  default void checkRestorable(E item, FieldErrors errors) {}

  /** Removes a deleted item that nothing refers to for good. */
  void remove(E item);
}
