package nl.techniekpact.cms.publishing;

import java.util.List;
import nl.techniekpact.model.shared.AuditedEntity;

/**
 * A content type without soft delete whose items {@link ContentEditor#remove} removes for good, but
 * only once nothing refers to them any more (an organisation that cases name as partner, a goal
 * that cases or ambassadors link to): then the removal is refused with a {@link
 * ContentInUseException} that names those items, so nothing disappears silently from them.
 *
 * @param <E> the entity
 * @param <I> the editable fields
 * @param <D> the document
 */
public interface RemovableType<E extends AuditedEntity, I, D> extends EditableType<E, I, D> {

  /**
   * What still refers to an item, each as a short description such as {@code case-study
   * make-it-move}.
   *
   * @return empty when the item may be removed
   */
  List<String> usedBy(E item);

  /** Removes an item nothing refers to. */
  void remove(E item);
}
