package nl.techniekpact.cms.publishing.web;

import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;
import nl.techniekpact.cms.backoffice.web.Texts;
import nl.techniekpact.cms.publishing.revision.FieldChange;

/**
 * What an edit screen shows after its save was refused because another editor saved first (ADR
 * 0015, include {@code edit-conflict}): their version, the fields in which it differs from the
 * form, and the two ways on — take theirs, or keep mine and save over theirs. It also remembers
 * when the form holds changes typed on an older version (restored from the browser tab, ADR 0044),
 * so that saving them meets this conflict instead of overwriting the newer version unseen.
 *
 * @param <D> the document the screen edits
 */
public final class EditConflict<D extends Serializable> implements Serializable {

  private static final long serialVersionUID = 1L;

  private D theirs;
  private List<FieldChange> changes = List.of();
  private Long typedOn;

  /**
   * Shows another editor's version.
   *
   * @param current their version, {@code null} when the refusal named none
   * @param differences where it differs from the form: field, this form, theirs
   */
  public void found(D current, List<FieldChange> differences) {
    theirs = current;
    changes = current == null ? List.of() : List.copyOf(differences);
  }

  /** Forgets the other version (the form shows a version of its own again). */
  public void clear() {
    theirs = null;
    changes = List.of();
    typedOn = null;
  }

  /**
   * The version the form's changes were typed on, when the page's script restored changes kept in
   * the browser tab (ADR 0044; the form's hidden {@code draftBase} field); {@code null} when none.
   */
  public Long getTypedOn() {
    return typedOn;
  }

  /** Names the version the form's changes were typed on, as the form sent it. */
  public void setTypedOn(Long version) {
    typedOn = version;
  }

  /**
   * The version a save is checked against: the one the form's changes were typed on when that is
   * older than {@code shown} (the save is then refused with this conflict until the editor takes
   * theirs or keeps the form), otherwise {@code shown}. A forged version can only make the sender's
   * own save conflict.
   *
   * @param shown the version the form shows
   */
  public long checkedAgainst(long shown) {
    return typedOn != null && typedOn > 0 && typedOn < shown ? typedOn : shown;
  }

  /** Takes the other editor's version: the form shows it, dropping its own changes. */
  public void takeTheirs(Consumer<D> show) {
    if (theirs != null) {
      D taken = theirs;
      clear();
      show.accept(taken);
      Texts.done("case.conflict.tookTheirs");
    }
  }

  /**
   * Keeps the form: the next save is checked against the other version, so it saves over it.
   *
   * @param basedOn takes the version the next save is checked against
   */
  public void keepMine(Consumer<D> basedOn) {
    if (theirs != null) {
      basedOn.accept(theirs);
      clear();
      Texts.error(null, "case.conflict.keptMine");
    }
  }

  /** The other editor's version, or {@code null}. */
  public D theirs() {
    return theirs;
  }

  /** The fields in which it differs from the form. */
  public List<FieldChange> changes() {
    return changes;
  }
}
