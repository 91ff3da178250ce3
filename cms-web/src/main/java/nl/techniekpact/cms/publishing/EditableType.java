package nl.techniekpact.cms.publishing;

import java.util.Optional;
import java.util.Set;
import nl.techniekpact.model.shared.PublishableEntity;

/**
 * What {@link ContentEditor} needs to know of one content type: how to find, create and change its
 * items from an input, and how to show them. One implementation per type (cases, regions,
 * ambassadors); the rules themselves live in {@link ContentEditor} only.
 *
 * @param <E> the entity
 * @param <I> the editable fields as the editor sends them (a record, also the revision snapshot)
 * @param <D> the document the services answer with (the item's editable state)
 */
public interface EditableType<E extends PublishableEntity, I, D> {

  /** The content type key, as in {@link ContentChanged}: {@code case-study}, {@code region}, … */
  String key();

  /** The class of the input, to read snapshots back. */
  Class<I> inputType();

  /** Finds an item in any state, softly deleted included. */
  Optional<E> find(String slug);

  /** The slug an input names ({@code null} when absent). */
  String slugOf(I input);

  /** The slug of an item. */
  String slugOf(E item);

  /** The input with its rich text sanitized ({@link RichText}). */
  I sanitized(I input);

  /**
   * A new, unsaved item from an input; references that name nothing (an unknown region slug) and
   * refused values are added to {@code errors}.
   *
   * @return the item, or {@code null} when it could not be built
   */
  E create(I input, FieldErrors errors);

  /** Changes an item to match an input; refused values are added to {@code errors}. */
  void apply(E item, I input, FieldErrors errors);

  /** The editable fields of an item, as an input would set them. */
  I inputOf(E item);

  /** The slugs of the regions whose content the item is (empty for national content). */
  Set<String> regionsOf(E item);

  /** Stores a new item. */
  void add(E item);

  /** The document of an item. */
  D document(E item);
}
