package nl.techniekpact.cms.pact.editing;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.techniekpact.cms.publishing.EditedItem;
import nl.techniekpact.cms.publishing.FieldErrors;
import nl.techniekpact.cms.publishing.RemovableType;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.pact.PactRepository;
import nl.techniekpact.model.shared.DeletableEntity;
import nl.techniekpact.model.shared.InvalidSlugException;
import nl.techniekpact.model.shared.Slug;

/**
 * What goals and themes share as content types: national content with plain texts, named {@code
 * techniekpact/4} within their edition, whose number and edition are fixed once created (a number
 * already taken is the edition's field error on {@code number}, so there is no slug to check).
 *
 * @param <E> the entity
 * @param <I> the editable fields
 */
abstract class EditionItemType<E extends DeletableEntity, I extends EditionItemInput>
    implements RemovableType<E, I, EditedItem<I>> {

  @Inject private PactRepository pacts;

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  /** The edition of an item. */
  abstract Pact editionOf(E item);

  /** The number of an item in its edition. */
  abstract int numberOf(E item);

  /** The pact repository. */
  PactRepository pacts() {
    return pacts;
  }

  /** The entity manager of the editing transaction. */
  EntityManager em() {
    return em;
  }

  /** None: the number is checked by the edition (a field error on {@code number}). */
  @Override
  public String slugOf(I input) {
    return null;
  }

  @Override
  public String slugOf(E item) {
    return EditionItems.name(editionOf(item).getSlug().getValue(), numberOf(item));
  }

  @Override
  public I sanitized(I input) {
    return input; // plain texts only: escaped wherever they are shown
  }

  @Override
  public Set<String> regionsOf(E item) {
    return Set.of(); // national content
  }

  @Override
  public void add(E item) {
    em.persist(item);
  }

  @Override
  public EditedItem<I> document(E item) {
    return new EditedItem<>(
        inputOf(item), item.getVersion(), item.getUpdatedAt(), item.getDeletedAt());
  }

  /** The edition an input names, or a field error on {@code pact}. */
  Optional<Pact> edition(I input, FieldErrors errors) {
    Optional<Pact> pact;
    try {
      pact = input.pact() == null ? Optional.empty() : pacts.findBySlug(Slug.of(input.pact()));
    } catch (InvalidSlugException malformed) {
      pact = Optional.empty();
    }
    if (pact.isEmpty()) {
      errors.add("pact", "no pact edition " + input.pact());
    }
    return pact;
  }

  /**
   * Whether a number is taken by a deleted item of the edition, which is then a field error on
   * {@code number} pointing to its restore.
   */
  boolean reservedByDeleted(Optional<E> taken, FieldErrors errors) {
    if (taken.isPresent() && taken.get().isDeleted()) {
      errors.refuse("number", "number.takenByDeleted", key(), slugOf(taken.get()));
      return true;
    }
    return false;
  }

  /** A deleted goal or theme of a deleted edition waits for the edition's restore. */
  @Override
  public void checkRestorable(E item, FieldErrors errors) {
    Pact edition = editionOf(item);
    if (edition.isDeleted()) {
      errors.refuse("pact", "pact.deleted", edition.getSlug().getValue());
    }
  }

  /** Refuses a change of number or edition. */
  void keepFixed(E item, I input, FieldErrors errors) {
    if (!Objects.equals(input.number(), numberOf(item))) {
      errors.refuse("number", "unchangeable", numberOf(item));
    }
    String edition = editionOf(item).getSlug().getValue();
    if (input.pact() != null && !input.pact().equals(edition)) {
      errors.refuse("pact", "unchangeable", edition);
    }
  }
}
