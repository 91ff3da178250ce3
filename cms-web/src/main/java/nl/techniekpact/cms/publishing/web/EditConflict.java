package nl.techniekpact.cms.publishing.web;

import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;
import nl.techniekpact.cms.backoffice.web.Texts;
import nl.techniekpact.cms.publishing.revision.FieldChange;

/**
 * What an edit screen shows after its save was refused because another editor saved first (ADR
 * 0015, include {@code edit-conflict}): their version, the fields in which it differs from the
 * form, and the two ways on — take theirs, or keep mine and save over theirs.
 *
 * @param <D> the document the screen edits
 */
public final class EditConflict<D extends Serializable> implements Serializable {

  private static final long serialVersionUID = 1L;

  private D theirs;
  private List<FieldChange> changes = List.of();

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
