package nl.techniekpact.cms.publishing.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import nl.techniekpact.cms.backoffice.web.Drafts;
import nl.techniekpact.cms.backoffice.web.Moments;
import nl.techniekpact.cms.backoffice.web.Texts;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.ContentNotFoundException;
import nl.techniekpact.cms.publishing.EditConflictException;
import nl.techniekpact.cms.publishing.EditInput;
import nl.techniekpact.cms.publishing.EditRefusedException;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.FieldError;
import nl.techniekpact.cms.publishing.InvalidContentException;
import nl.techniekpact.cms.publishing.TypeEditing;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.publishing.revision.RevisionSummary;

/**
 * The back-office screen that creates and edits one item of a content type ({@code
 * /beheer/…/edit.xhtml[?slug=…]}): save, publish, unpublish, schedule, delete and restore, its
 * revisions (compare, restore) and, when another editor saved first, their version beside this one.
 * Every rule is the type's {@link TypeEditing} service's; a screen maps its form to the input and
 * the refusals to messages ({@code <prefix>.saved}, {@code <prefix>.conflict}, {@code
 * <prefix>.error.refused}, {@code <prefix>.field.<component>} …).
 *
 * @param <I> the editable fields
 */
public abstract class EditScreen<I extends EditInput> implements Serializable {

  private static final long serialVersionUID = 1L;

  private String slug;
  private boolean existing;
  private ContentDocument<I> document;
  private final EditConflict<ContentDocument<I>> conflict = new EditConflict<>();
  private LocalDateTime publishAt;
  private LocalDateTime unpublishAt;
  private Long older;
  private Long newer;
  private List<FieldChange> changes;

  /** The type's editing service. */
  protected abstract TypeEditing<?, I, ContentDocument<I>> editing();

  /** Who is signed in. */
  protected abstract Editors editors();

  /** The prefix of the screen's message keys, such as {@code region}. */
  protected abstract String messages();

  /** The view path of the screen, such as {@code /beheer/regions/edit.xhtml}. */
  protected abstract String path();

  /** The id of the form with the fields in the page. */
  protected abstract String formId();

  /** Shows an item's fields in the form. */
  protected abstract void showFields(I fields);

  /** The form's fields as an input, for an item with this slug. */
  protected abstract I fields(String itemSlug);

  /** The slug typed into the form of a new item. */
  protected abstract String typedSlug();

  /** Where the form differs from other fields: field (component id), this form, theirs. */
  protected abstract List<FieldChange> differencesTo(I other);

  /** The component id of a field the service names ({@code contact.email} → {@code email}). */
  protected abstract String componentOf(String field);

  /** Loads the item named in the address (a view action); refusals become the error page. */
  public void load() {
    if (slug == null || slug.isBlank() || existing) {
      return;
    }
    show(editing().read(editor(), slug));
  }

  private void show(ContentDocument<I> shown) {
    existing = true;
    document = shown;
    slug = shown.slug();
    showFields(shown.content());
    conflict.clear();
  }

  /** The editor signed in. */
  protected Editor editor() {
    return editors().current().orElseThrow(() -> new EditRefusedException("Not signed in"));
  }

  /** Saves the form: creates a draft or a new revision. */
  public String save() {
    return change(
        () ->
            existing
                ? editing()
                    .update(
                        editor(), slug, conflict.checkedAgainst(document.version()), fields(slug))
                : editing().create(editor(), fields(typedSlug())),
        "saved",
        false);
  }

  /** Publishes now (until {@code unpublishAt}, when given). */
  public String publish() {
    return change(
        () -> editing().publish(editor(), slug, document.version(), instant(unpublishAt)),
        "published",
        true);
  }

  /** Takes the item off the site. */
  public String unpublish() {
    return change(
        () -> editing().unpublish(editor(), slug, document.version()), "unpublished", true);
  }

  /** Schedules publication and/or its end. */
  public String schedule() {
    return change(
        () ->
            editing()
                .schedule(
                    editor(), slug, document.version(), instant(publishAt), instant(unpublishAt)),
        "scheduled",
        true);
  }

  /** Deletes the item softly. */
  public String delete() {
    return change(() -> editing().delete(editor(), slug, document.version()), "deleted", false);
  }

  /** Restores a deleted item. */
  public String restore() {
    return change(() -> editing().restore(editor(), slug, document.version()), "restored", false);
  }

  /** Restores a revision's fields as a new save. */
  public String restoreRevision(long number) {
    return change(
        () -> editing().restoreRevision(editor(), slug, number, document.version()),
        "revisionRestored",
        false);
  }

  /** After a conflict: shows the other editor's version, dropping this form's changes. */
  public void takeTheirs() {
    conflict.takeTheirs(this::show);
    Drafts.droppedNow(getDraftKey());
  }

  /** After a conflict: keeps this form and saves it over the other version on the next save. */
  public void keepMine() {
    conflict.keepMine(theirs -> document = theirs);
  }

  /** Compares two revisions. */
  public void compare() {
    if (older == null || newer == null) {
      return;
    }
    changes = editing().compare(editor(), slug, Math.min(older, newer), Math.max(older, newer));
  }

  /**
   * Runs a change; on success the page after the redirect says so, and the unsaved changes this tab
   * kept of the form are dropped, or carried over to the new version when the change left the
   * fields as they were ({@code keepsFields}: publish, unpublish, schedule).
   */
  @SuppressWarnings("unchecked")
  private String change(Supplier<ContentDocument<I>> operation, String done, boolean keepsFields) {
    String prefix = messages();
    String draft = getDraftKey();
    long shown = getDraftVersion();
    try {
      ContentDocument<I> saved = operation.get();
      Texts.done(prefix + "." + done, saved.slug());
      Drafts.done(draft, shown, keepsFields);
      return path() + "?faces-redirect=true&slug=" + saved.slug();
    } catch (InvalidContentException e) {
      for (FieldError error : e.errors()) {
        String field = componentOf(error.field());
        Texts.error(
            field == null ? null : formId() + ":" + field,
            "case.error.field",
            field == null ? error.field() : Texts.text(prefix + ".field." + field),
            error.message());
      }
    } catch (EditConflictException e) {
      ContentDocument<I> theirs = e.current(ContentDocument.class);
      conflict.found(theirs, theirs == null ? List.of() : differencesTo(theirs.content()));
      Texts.error(null, prefix + ".conflict", theirs == null ? "?" : theirs.version());
    } catch (EditRefusedException e) {
      Texts.error(null, prefix + ".error.refused");
    } catch (ContentNotFoundException e) {
      Texts.error(null, prefix + ".error.notFound");
    }
    return null;
  }

  private static Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(Moments.ZONE).toInstant();
  }

  /** The key under which the editor's browser tab keeps unsaved changes of this form. */
  public String getDraftKey() {
    return Drafts.key(formId(), existing ? slug : null);
  }

  /**
   * The item's version the form's changes are based on (0 for a new item): the version it shows, or
   * the older one restored changes were typed on.
   */
  public long getDraftVersion() {
    return existing ? conflict.checkedAgainst(document.version()) : 0;
  }

  /** What stands between the form and the stored version: its draftBase field binds here. */
  public EditConflict<ContentDocument<I>> getConflict() {
    return conflict;
  }

  /** The item's revisions, newest first. */
  public List<RevisionSummary> getRevisions() {
    return existing ? editing().revisions(editor(), slug) : List.of();
  }

  public ContentDocument<I> getDocument() {
    return document;
  }

  public ContentDocument<I> getTheirs() {
    return conflict.theirs();
  }

  public List<FieldChange> getConflictChanges() {
    return conflict.changes();
  }

  public boolean isExisting() {
    return existing;
  }

  public String getSlug() {
    return slug;
  }

  /** Sets the slug from the address; ignored once an item is shown. */
  public void setSlug(String slug) {
    if (!existing) {
      this.slug = slug;
    }
  }

  public LocalDateTime getPublishAt() {
    return publishAt;
  }

  public void setPublishAt(LocalDateTime publishAt) {
    this.publishAt = publishAt;
  }

  public LocalDateTime getUnpublishAt() {
    return unpublishAt;
  }

  public void setUnpublishAt(LocalDateTime unpublishAt) {
    this.unpublishAt = unpublishAt;
  }

  public Long getOlder() {
    return older;
  }

  public void setOlder(Long older) {
    this.older = older;
  }

  public Long getNewer() {
    return newer;
  }

  public void setNewer(Long newer) {
    this.newer = newer;
  }

  public List<FieldChange> getChanges() {
    return changes;
  }
}
