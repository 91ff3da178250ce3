package nl.techniekpact.cms.publishing;

import java.util.Optional;
import java.util.Set;
import nl.techniekpact.model.shared.AuditedEntity;

/**
 * What {@link ContentEditor} needs to know of one content type: how to find, create and change its
 * items from an input, and how to show them. One implementation per type (cases, regions,
 * ambassadors, organisations, pact editions, goals, themes); the rules themselves live in {@link
 * ContentEditor} only. Whether a type can be published (and deleted softly) follows from its
 * entity: {@link ContentEditor}'s publication methods take only types of a {@link
 * nl.techniekpact.model.shared.PublishableEntity}; a type without publication state that may be
 * removed implements {@link RemovableType}.
 *
 * @param <E> the entity
 * @param <I> the editable fields as the editor sends them (a record, also the revision snapshot)
 * @param <D> the document the services answer with (the item's editable state)
 */
public interface EditableType<E extends AuditedEntity, I, D> {

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

  /**
   * What a slug is derived from when an item is created without one: its title or name, or {@code
   * null} when the type has none (then a slug is required).
   */
  default String slugSourceOf(I input) {
    return null;
  }

  /** The input with another slug; only called with a {@link #slugSourceOf} answer. */
  default I withSlug(I input, String slug) {
    throw new UnsupportedOperationException(key() + " derives no slugs");
  }

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

  /**
   * The slugs of the regions whose content the item is, which decide who may edit it ({@link
   * ContentRights}; empty for national content, which only national editors edit).
   */
  Set<String> regionsOf(E item);

  /**
   * The slugs of the regions whose pages show the item, named in {@link ContentChanged}; by default
   * {@link #regionsOf}. A type that only national editors edit but that regional pages show (an
   * organisation of a region) answers its region here and none in {@link #regionsOf}.
   */
  default Set<String> shownInRegions(E item) {
    return regionsOf(item);
  }

  /** Stores a new item. */
  void add(E item);

  /** The document of an item. */
  D document(E item);
}
