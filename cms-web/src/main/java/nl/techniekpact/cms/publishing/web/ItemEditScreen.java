package nl.techniekpact.cms.publishing.web;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import nl.techniekpact.cms.backoffice.web.Drafts;
import nl.techniekpact.cms.backoffice.web.Texts;
import nl.techniekpact.cms.publishing.ContentInUseException;
import nl.techniekpact.cms.publishing.ContentNotFoundException;
import nl.techniekpact.cms.publishing.EditConflictException;
import nl.techniekpact.cms.publishing.EditRefusedException;
import nl.techniekpact.cms.publishing.EditedItem;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.FieldError;
import nl.techniekpact.cms.publishing.InvalidContentException;
import nl.techniekpact.cms.publishing.ItemEditing;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.publishing.revision.RevisionSummary;

/**
 * What every back-office screen that edits one item without publication state does (an
 * organisation, a pact edition, a goal, a theme): load it by name, save the form (create or
 * update), delete it softly (refused while referred to) and restore it, show the other version
 * after a conflict, list, compare and restore revisions — every rule being {@link ItemEditing}'s,
 * this class only maps the form to an input and refusals to messages. A screen supplies its form.
 * (Publishable content has {@link EditScreen}, with the publication actions, over {@code
 * TypeEditing}.)
 *
 * @param <I> the editable fields
 */
public abstract class ItemEditScreen<I> implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private boolean existing;
  private EditedItem<I> document;
  private final EditConflict<EditedItem<I>> conflict = new EditConflict<>();
  private Long older;
  private Long newer;
  private List<FieldChange> changes;

  /** The editing operations of the item's type. */
  protected abstract ItemEditing<?, I, EditedItem<I>> editing();

  /** Who is signed in. */
  protected abstract Editors editors();

  /** Fills the form from an item's fields. */
  protected abstract void fill(I content);

  /** The input the form describes ({@code existing}: whether it changes a stored item). */
  protected abstract I input(boolean existing);

  /** The name of the item an input describes, such as its slug or {@code techniekpact/4}. */
  protected abstract String nameOf(I content);

  /** The fields in which another version differs from the form: field, form, theirs. */
  protected abstract List<FieldChange> differencesTo(I theirs);

  /** The form's id in the page. */
  protected abstract String formId();

  /** The message-key stem of the field labels, such as {@code organisation.field.}. */
  protected abstract String fieldKeys();

  /** The component of a refused field, or {@code null} when it has none. */
  protected abstract String componentOf(String field);

  /** The view to show an item in after a save, with its name. */
  protected abstract String editPage(String itemName);

  /** The view to go to after a removal. */
  protected abstract String listPage();

  /** Loads the item named in the address (a view action); refusals become the error page. */
  public void load() {
    if (name == null || name.isBlank() || existing) {
      return;
    }
    show(editing().read(editor(), name));
  }

  private void show(EditedItem<I> shown) {
    existing = true;
    document = shown;
    name = nameOf(shown.content());
    fill(shown.content());
    conflict.clear();
  }

  /** Who edits. */
  protected Editor editor() {
    return editors().current().orElseThrow(() -> new EditRefusedException("Not signed in"));
  }

  /** Saves the form: creates the item or a new revision of it. */
  public String save() {
    return change(
        () ->
            existing
                ? editing()
                    .update(
                        editor(), name, conflict.checkedAgainst(document.version()), input(true))
                : editing().create(editor(), input(false)),
        "item.saved");
  }

  /** Restores a revision's fields as a new save. */
  public String restoreRevision(long number) {
    return change(
        () -> editing().restoreRevision(editor(), name, number, document.version()),
        "item.revisionRestored");
  }

  /**
   * Deletes the item softly (after the page's confirmation); refused while something that is not
   * deleted refers to it. The screen then shows it as deleted, with {@link #restore}.
   */
  public String remove() {
    return change(() -> editing().delete(editor(), name, document.version()), "item.removed");
  }

  /** Restores the softly deleted item. */
  public String restore() {
    return change(() -> editing().restore(editor(), name, document.version()), "item.restored");
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
    if (older != null && newer != null) {
      changes = editing().compare(editor(), name, Math.min(older, newer), Math.max(older, newer));
    }
  }

  /**
   * Runs a change; on success the page after the redirect says so, and the unsaved changes this tab
   * kept of the form are dropped (ADR 0044).
   */
  private String change(Supplier<EditedItem<I>> operation, String doneKey) {
    String draft = getDraftKey();
    EditedItem<I> saved = attempt(operation);
    if (saved == null) {
      return null;
    }
    String savedName = nameOf(saved.content());
    Texts.done(doneKey, savedName);
    Drafts.saved(draft);
    return editPage(savedName);
  }

  @SuppressWarnings("unchecked")
  private <T> T attempt(Supplier<T> operation) {
    try {
      return operation.get();
    } catch (InvalidContentException e) {
      for (FieldError error : e.errors()) {
        String field = componentOf(error.field());
        Texts.error(
            field == null ? null : formId() + ":" + field,
            "case.error.field",
            field == null ? error.field() : Texts.text(fieldKeys() + field),
            error.message());
      }
    } catch (EditConflictException e) {
      EditedItem<I> theirs = e.current(EditedItem.class);
      conflict.found(theirs, theirs == null ? List.of() : differencesTo(theirs.content()));
      Texts.error(null, "item.conflict", theirs == null ? "?" : theirs.version());
    } catch (ContentInUseException e) {
      Texts.error(null, "item.inUse", e.usedBy().size(), String.join(", ", e.usedBy()));
    } catch (EditRefusedException e) {
      Texts.error(null, "item.error.refused");
    } catch (ContentNotFoundException e) {
      Texts.error(null, "item.error.notFound");
    }
    return null;
  }

  /** A translated text from two form fields: absent when both are blank. */
  public static TextInput text(String nl, String en) {
    return blank(nl) && blank(en) ? null : required(nl, en);
  }

  /** A required translated text from two form fields (a blank Dutch text is refused later). */
  public static TextInput required(String nl, String en) {
    return new TextInput(nl == null ? "" : nl.strip(), blank(en) ? null : en.strip());
  }

  /**
   * The fields whose values differ, each pair compared with blanks as absent.
   *
   * @param fields field name, this form's value, the other version's value; per row
   */
  public static List<FieldChange> differences(String[][] fields) {
    List<FieldChange> found = new java.util.ArrayList<>();
    for (String[] field : fields) {
      String mine = blank(field[1]) ? null : field[1].strip();
      String theirs = blank(field[2]) ? null : field[2].strip();
      if (!java.util.Objects.equals(mine, theirs)) {
        found.add(new FieldChange(field[0], field[1], field[2]));
      }
    }
    return found;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** The key under which the editor's browser tab keeps unsaved changes of this form. */
  public String getDraftKey() {
    return Drafts.key(formId(), existing ? name : null);
  }

  /**
   * The item's version the form's changes are based on (0 for a new item): the version it shows, or
   * the older one restored changes were typed on.
   */
  public long getDraftVersion() {
    return existing ? conflict.checkedAgainst(document.version()) : 0;
  }

  /** What stands between the form and the stored version: its draftBase field binds here. */
  public EditConflict<EditedItem<I>> getConflict() {
    return conflict;
  }

  /** The item's revisions, newest first. */
  public List<RevisionSummary> getRevisions() {
    return existing ? editing().revisions(editor(), name) : List.of();
  }

  public EditedItem<I> getDocument() {
    return document;
  }

  public EditedItem<I> getTheirs() {
    return conflict.theirs();
  }

  public List<FieldChange> getConflictChanges() {
    return conflict.changes();
  }

  public boolean isExisting() {
    return existing;
  }

  /** The item's name: its slug, or {@code pact/number}. */
  public String getName() {
    return name;
  }

  /** Sets the name from the address, for a new screen only. */
  public void setName(String name) {
    if (!existing) {
      this.name = name;
    }
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
