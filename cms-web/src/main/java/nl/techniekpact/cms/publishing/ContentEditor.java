package nl.techniekpact.cms.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import nl.techniekpact.cms.publishing.audit.AuditLog;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.publishing.revision.Revision;
import nl.techniekpact.cms.publishing.revision.RevisionLog;
import nl.techniekpact.cms.publishing.revision.RevisionSummary;
import nl.techniekpact.cms.publishing.revision.SnapshotDiff;
import nl.techniekpact.cms.publishing.revision.Snapshots;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.model.shared.AuditedEntity;
import nl.techniekpact.model.shared.DeletableEntity;
import nl.techniekpact.model.shared.PublishableEntity;

/**
 * The one set of write rules for content, used by every content type's service (and so by the back
 * office and the API alike). Every content type ({@link EditableType}) gets reading for editing,
 * create, update, revisions and their restore; content with a deletion mark ({@link
 * DeletableEntity}: every type) also soft delete and restore; publishable content ({@link
 * PublishableEntity}) also publish, unpublish and schedule (those methods take only such types).
 * Content that other items refer to (organisations, pact editions, goals, themes: a {@link
 * RemovableType}) is deleted only while nothing visible refers to it, and an administrator may
 * {@link #purge} a deleted item that nothing refers to at all. Each operation, in one place and in
 * this order: authorisation ({@link ContentRights}, on the item as it was and as it becomes), the
 * version the editor edited (a stale one is an {@link EditConflictException} carrying the current
 * state), Bean Validation and the domain's rules with every refused field listed ({@link
 * InvalidContentException}), rich text sanitized ({@link RichText}), a revision with a JSON
 * snapshot, an audit entry, all in one transaction; then, after commit, {@link ContentChanged}. Any
 * refusal leaves nothing written.
 */
@ApplicationScoped
public class ContentEditor {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Inject private Transactions transactions;
  @Inject private LocalizedValidation validation;
  @Inject private RevisionLog revisions;
  @Inject private AuditLog audit;
  @Inject private Event<ContentChanged> changes;

  /** The editable state of an item, for an editor allowed to edit it. */
  public <E extends AuditedEntity, I, D> D read(
      Editor editor, EditableType<E, I, D> type, String slug) {
    return inTransaction(
        () -> {
          E item = existing(type, slug);
          ContentRights.requireMayEdit(editor, type.regionsOf(item), type.regionsOf(item));
          return type.document(item);
        });
  }

  /**
   * Creates an item as a draft. Without a slug, one is derived from its title or name ({@link
   * ProposedSlugs}).
   *
   * @throws EditRefusedException when the editor may not edit content of the item's regions
   * @throws InvalidContentException listing every refused field, such as a slug already taken
   */
  public <E extends AuditedEntity, I, D> D create(
      Editor editor, EditableType<E, I, D> type, I input) {
    ContentRights.requireMayEditContent(editor);
    Saved<D> saved =
        inTransaction(
            () -> {
              I clean = ProposedSlugs.completed(type, type.sanitized(input));
              FieldErrors errors = validate(clean);
              String slug = type.slugOf(clean);
              if (slug != null && errors.isEmpty()) {
                type.find(slug).ifPresent(taken -> errors.refuse("slug", takenKey(taken)));
              }
              E item = errors.isEmpty() ? type.create(clean, errors) : null;
              if (item != null) {
                validateEntity(item, errors);
              }
              errors.throwIfAny();
              Set<String> regions = type.regionsOf(item);
              ContentRights.requireMayEdit(editor, regions, regions);
              type.add(item);
              flush(-1);
              return record(editor, type, item, Operation.CREATE, type.shownInRegions(item), null);
            });
    return fire(type, saved);
  }

  /**
   * Changes an item's editable fields; the slug cannot change.
   *
   * @param expectedVersion the version the editor edited
   * @throws EditConflictException when that version is no longer current
   */
  public <E extends AuditedEntity, I, D> D update(
      Editor editor, EditableType<E, I, D> type, String slug, long expectedVersion, I input) {
    return change(
        editor,
        type,
        slug,
        expectedVersion,
        Operation.UPDATE,
        null,
        (item, errors) -> {
          I clean = type.sanitized(input);
          String newSlug = type.slugOf(clean);
          if (newSlug != null && !newSlug.equals(slug)) {
            errors.refuse("slug", "unchangeable", slug);
          }
          validate(clean, errors);
          if (errors.isEmpty()) {
            type.apply(item, clean, errors);
          }
        });
  }

  /**
   * Deletes softly: the item is kept, never visible, and can be restored. An item of a {@link
   * RemovableType} is deleted only while no item that is not deleted itself refers to it.
   *
   * @throws ContentInUseException (409) naming what still refers to it; nothing is changed then
   */
  public <E extends DeletableEntity, I, D> D delete(
      Editor editor, EditableType<E, I, D> type, String slug, long expectedVersion) {
    return change(
        editor,
        type,
        slug,
        expectedVersion,
        Operation.DELETE,
        null,
        (item, errors) -> {
          if (item.isDeleted()) {
            errors.refuse("deleted", "deleted.already");
          } else if (type instanceof RemovableType<E, I, D> removable) {
            List<String> users = removable.usedBy(item, false);
            if (!users.isEmpty()) {
              throw new ContentInUseException(type.key(), type.slugOf(item), users);
            }
          }
          item.delete(Instant.now());
        });
  }

  /**
   * Undoes a soft delete; the publication state is as it was. A {@link RemovableType} may refuse (a
   * goal of a deleted pact edition: restore the edition first).
   */
  public <E extends DeletableEntity, I, D> D restore(
      Editor editor, EditableType<E, I, D> type, String slug, long expectedVersion) {
    return change(
        editor,
        type,
        slug,
        expectedVersion,
        Operation.RESTORE,
        null,
        (item, errors) -> {
          if (!item.isDeleted()) {
            errors.refuse("deleted", "deleted.not");
          } else if (type instanceof RemovableType<E, I, D> removable) {
            removable.checkRestorable(item, errors);
          }
          item.restore();
        });
  }

  /**
   * Publishes now.
   *
   * @param unpublishAt when it stops being visible, or {@code null}; must lie in the future
   */
  public <E extends PublishableEntity, I, D> D publish(
      Editor editor,
      EditableType<E, I, D> type,
      String slug,
      long expectedVersion,
      Instant unpublishAt) {
    Instant now = Instant.now();
    return change(
        editor,
        type,
        slug,
        expectedVersion,
        Operation.PUBLISH,
        unpublishAt == null ? null : "until " + unpublishAt,
        (item, errors) -> {
          notDeleted(item, errors);
          requireFuture("unpublishAt", unpublishAt, now, errors);
          item.publish(now);
          if (unpublishAt != null && errors.isEmpty()) {
            errors.attempt("unpublishAt", () -> item.unpublishAt(unpublishAt));
          }
        });
  }

  /** Takes an item off the site, back to draft. */
  public <E extends PublishableEntity, I, D> D unpublish(
      Editor editor, EditableType<E, I, D> type, String slug, long expectedVersion) {
    return change(
        editor,
        type,
        slug,
        expectedVersion,
        Operation.UNPUBLISH,
        null,
        (item, errors) -> item.withdraw());
  }

  /**
   * Schedules publication and/or its end. With {@code publishAt} the item becomes visible then (and
   * until then is not); without, the item keeps its current published or scheduled state and only
   * gets its end. The schedule is kept in the database and fired by the publication timer.
   *
   * @param publishAt when it becomes visible, in the future; or {@code null}
   * @param unpublishAt when it stops being visible, after {@code publishAt} and in the future; or
   *     {@code null} for no end
   */
  public <E extends PublishableEntity, I, D> D schedule(
      Editor editor,
      EditableType<E, I, D> type,
      String slug,
      long expectedVersion,
      Instant publishAt,
      Instant unpublishAt) {
    Instant now = Instant.now();
    return change(
        editor,
        type,
        slug,
        expectedVersion,
        Operation.SCHEDULE,
        "publishAt " + publishAt + ", unpublishAt " + unpublishAt,
        (item, errors) -> {
          notDeleted(item, errors);
          if (publishAt == null && unpublishAt == null) {
            errors.refuse("publishAt", "moment.required");
          }
          requireFuture("publishAt", publishAt, now, errors);
          requireFuture("unpublishAt", unpublishAt, now, errors);
          if (!errors.isEmpty()) {
            return;
          }
          if (publishAt != null) {
            item.scheduleAt(publishAt);
          }
          errors.attempt("unpublishAt", () -> item.unpublishAt(unpublishAt));
        });
  }

  /**
   * Removes a softly deleted item for good (purges it from the trash), once nothing refers to it
   * any more, deleted items included; only administrators may. Its revisions and audit entries stay
   * (the latest revision holds the fields it had), and the purge is an audit entry of its own; its
   * slug or number is free again.
   *
   * @throws EditRefusedException when the editor is no administrator
   * @throws InvalidContentException when the item is not deleted (delete it first)
   * @throws ContentInUseException (409) naming what still refers to it; nothing is removed then
   */
  public <E extends DeletableEntity, I, D> void purge(
      Editor editor, RemovableType<E, I, D> type, String slug, long expectedVersion) {
    if (!editor.has(Roles.ADMINISTRATOR)) {
      throw new EditRefusedException("only administrators purge deleted content");
    }
    ContentChanged removed =
        inTransaction(
            () -> {
              E item = existing(type, slug);
              Set<String> regions = type.regionsOf(item);
              ContentRights.requireMayEdit(editor, regions, regions);
              if (item.getVersion() != expectedVersion) {
                throw new EditConflictException(
                    expectedVersion, item.getVersion(), type.document(item));
              }
              if (!item.isDeleted()) {
                FieldErrors errors = new FieldErrors();
                errors.refuse("deleted", "deleted.notForPurge");
                errors.throwIfAny();
              }
              List<String> users = type.usedBy(item, true);
              if (!users.isEmpty()) {
                throw new ContentInUseException(type.key(), type.slugOf(item), users);
              }
              String removedSlug = type.slugOf(item);
              // no revision: the latest one already holds the fields the item had
              audit.record(
                  editor.username(),
                  Operation.DELETE.code(),
                  type.key(),
                  removedSlug,
                  item.getVersion(),
                  "purged");
              ContentChanged event =
                  new ContentChanged(
                      type.key(),
                      removedSlug,
                      Operation.DELETE.kind(),
                      type.shownInRegions(item),
                      Instant.now());
              type.remove(item);
              flush(expectedVersion);
              return event;
            });
    changes.fire(removed);
  }

  /** An item's revisions, newest first. */
  public <E extends AuditedEntity, I, D> List<RevisionSummary> revisions(
      Editor editor, EditableType<E, I, D> type, String slug) {
    return inTransaction(
        () -> {
          E item = readable(editor, type, slug);
          return revisions.list(type.key(), item.getId()).stream()
              .map(RevisionSummary::of)
              .toList();
        });
  }

  /** The editable fields an item had in a revision. */
  public <E extends AuditedEntity, I, D> I revision(
      Editor editor, EditableType<E, I, D> type, String slug, long number) {
    return inTransaction(
        () -> contentOf(type, revision(type, readable(editor, type, slug), number)));
  }

  /** The fields that differ between two revisions of an item (older first). */
  public <E extends AuditedEntity, I, D> List<FieldChange> compare(
      Editor editor, EditableType<E, I, D> type, String slug, long older, long newer) {
    return inTransaction(
        () -> {
          E item = readable(editor, type, slug);
          return SnapshotDiff.compare(
              revision(type, item, older).getSnapshot(), revision(type, item, newer).getSnapshot());
        });
  }

  /**
   * Restores the editable fields of a revision, as a new save (a new revision); the publication
   * state stays as it is.
   */
  public <E extends AuditedEntity, I, D> D restoreRevision(
      Editor editor, EditableType<E, I, D> type, String slug, long number, long expectedVersion) {
    return change(
        editor,
        type,
        slug,
        expectedVersion,
        Operation.RESTORE_REVISION,
        "revision " + number,
        (item, errors) -> {
          I old = contentOf(type, revision(type, item, number));
          validate(old, errors);
          if (errors.isEmpty()) {
            type.apply(item, type.sanitized(old), errors);
          }
        });
  }

  private <E extends AuditedEntity, I, D> D change(
      Editor editor,
      EditableType<E, I, D> type,
      String slug,
      long expectedVersion,
      Operation operation,
      String detail,
      BiConsumer<E, FieldErrors> mutation) {
    ContentRights.requireMayEditContent(editor);
    Saved<D> saved;
    try {
      saved =
          inTransaction(
              () -> {
                E item = existing(type, slug);
                Set<String> before = type.regionsOf(item);
                ContentRights.requireMayEdit(editor, before, before);
                Set<String> shownBefore = type.shownInRegions(item);
                if (item.getVersion() != expectedVersion) {
                  throw new EditConflictException(
                      expectedVersion, item.getVersion(), type.document(item));
                }
                FieldErrors errors = new FieldErrors();
                mutation.accept(item, errors);
                errors.throwIfAny();
                validateEntity(item, errors);
                errors.throwIfAny();
                Set<String> after = type.regionsOf(item);
                ContentRights.requireMayEdit(editor, before, after);
                // every save is a new version, also when only links or nothing changed
                em.lock(item, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                flush(expectedVersion);
                Set<String> regions = new HashSet<>(shownBefore);
                regions.addAll(type.shownInRegions(item));
                return record(editor, type, item, operation, regions, detail);
              });
    } catch (EditConflictException conflict) {
      if (conflict.current(Object.class) != null) {
        throw conflict;
      }
      // the version changed between our read and our write: read the winner afresh
      D current = read(editor, type, slug);
      throw new EditConflictException(expectedVersion, versionOf(type, slug), current);
    }
    return fire(type, saved);
  }

  private <T> T inTransaction(java.util.function.Supplier<T> work) {
    try {
      return transactions.inNewTransaction(work);
    } catch (RuntimeException thrown) {
      throw Transactions.unwrapped(thrown);
    }
  }

  private <E extends AuditedEntity, I, D> long versionOf(EditableType<E, I, D> type, String slug) {
    return inTransaction(() -> existing(type, slug).getVersion());
  }

  private <E extends AuditedEntity, I, D> Saved<D> record(
      Editor editor,
      EditableType<E, I, D> type,
      E item,
      Operation operation,
      Set<String> regions,
      String detail) {
    String slug = type.slugOf(item);
    revisions.record(
        type.key(),
        item.getId(),
        slug,
        item.getVersion(),
        operation.code(),
        editor.username(),
        snapshot(type, item));
    audit.record(editor.username(), operation.code(), type.key(), slug, item.getVersion(), detail);
    return new Saved<>(
        type.document(item),
        new ContentChanged(type.key(), slug, operation.kind(), regions, Instant.now()));
  }

  private <D> D fire(EditableType<?, ?, D> type, Saved<D> saved) {
    changes.fire(saved.event());
    return saved.document();
  }

  private void flush(long expectedVersion) {
    try {
      em.flush();
    } catch (OptimisticLockException stale) {
      throw new EditConflictException(expectedVersion, -1, null);
    } catch (PersistenceException refused) {
      // a unique slug taken meanwhile by a concurrent create, or another constraint
      throw new EditConflictException(expectedVersion, -1, null);
    }
  }

  private <E extends AuditedEntity, I, D> E existing(EditableType<E, I, D> type, String slug) {
    return type.find(slug)
        .orElseThrow(() -> new ContentNotFoundException("No " + type.key() + " " + slug));
  }

  private <E extends AuditedEntity, I, D> E readable(
      Editor editor, EditableType<E, I, D> type, String slug) {
    E item = existing(type, slug);
    ContentRights.requireMayEdit(editor, type.regionsOf(item), type.regionsOf(item));
    return item;
  }

  private <E extends AuditedEntity, I, D> Revision revision(
      EditableType<E, I, D> type, E item, long number) {
    return revisions
        .find(type.key(), item.getId(), number)
        .orElseThrow(
            () ->
                new ContentNotFoundException(
                    "No revision " + number + " of " + type.key() + " " + type.slugOf(item)));
  }

  private <I> FieldErrors validate(I input) {
    FieldErrors errors = new FieldErrors();
    validate(input, errors);
    return errors;
  }

  private <I> void validate(I input, FieldErrors errors) {
    if (input == null) {
      errors.add("", "a body is required");
      return;
    }
    for (ConstraintViolation<I> violation : validation.validator().validate(input)) {
      errors.add(violation.getPropertyPath().toString(), violation.getMessage());
    }
  }

  private void validateEntity(Object item, FieldErrors errors) {
    for (ConstraintViolation<Object> violation : validation.validator().validate(item)) {
      errors.add(violation.getPropertyPath().toString(), violation.getMessage());
    }
  }

  private static String takenKey(AuditedEntity taken) {
    return taken instanceof DeletableEntity deletable && deletable.isDeleted()
        ? "slug.takenByDeleted"
        : "slug.taken";
  }

  private static void notDeleted(PublishableEntity item, FieldErrors errors) {
    if (item.isDeleted()) {
      errors.refuse("deleted", "deleted.unpublishable");
    }
  }

  private static void requireFuture(String field, Instant moment, Instant now, FieldErrors errors) {
    if (moment != null && !moment.isAfter(now)) {
      errors.refuse(field, "moment.past");
    }
  }

  /**
   * The JSON snapshot of an item: its editable fields and, for publishable content, its publication
   * state and deletion.
   */
  private <E extends AuditedEntity, I, D> String snapshot(EditableType<E, I, D> type, E item) {
    return Snapshots.of(Snapshots.parse(JSONB.toJson(type.inputOf(item))), item);
  }

  private static <I> I contentOf(EditableType<?, I, ?> type, Revision revision) {
    return JSONB.fromJson(Snapshots.content(revision.getSnapshot()).toString(), type.inputType());
  }

  private record Saved<D>(D document, ContentChanged event) {}
}
