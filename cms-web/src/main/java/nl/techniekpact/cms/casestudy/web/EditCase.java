package nl.techniekpact.cms.casestudy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import nl.techniekpact.cms.backoffice.web.Moments;
import nl.techniekpact.cms.backoffice.web.Texts;
import nl.techniekpact.cms.casestudy.editing.CaseStudyDocument;
import nl.techniekpact.cms.casestudy.editing.CaseStudyEditing;
import nl.techniekpact.cms.publishing.ContentNotFoundException;
import nl.techniekpact.cms.publishing.EditConflictException;
import nl.techniekpact.cms.publishing.EditRefusedException;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.FieldError;
import nl.techniekpact.cms.publishing.InvalidContentException;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.publishing.revision.RevisionSummary;

/**
 * Creates and edits one case study ({@code /beheer/cases/edit.xhtml[?slug=…]}): its fields with
 * rich text, save, publish, unpublish, schedule, delete and restore, its revisions (compare,
 * restore) and, when another editor saved first, their version beside this one. Every rule
 * (authorisation by region, validation, sanitizing, versions, revisions, audit) is {@link
 * CaseStudyEditing}'s; this bean maps the form to its input and its refusals to messages.
 */
@Named
@ViewScoped
public class EditCase implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The form's id in the page. */
  static final String FORM = "case";

  @Inject private CaseStudyEditing cases;
  @Inject private Editors editors;

  private String slug;
  private boolean existing;
  private CaseForm form = new CaseForm();
  private CaseStudyDocument document;
  private CaseStudyDocument theirs;
  private List<FieldChange> conflictChanges = List.of();
  private LocalDateTime publishAt;
  private LocalDateTime unpublishAt;
  private Long older;
  private Long newer;
  private List<FieldChange> changes;

  /** Loads the case named in the address (a view action); refusals become the error page. */
  public void load() {
    if (slug == null || slug.isBlank() || existing) {
      return;
    }
    show(cases.read(editor(), slug));
  }

  private void show(CaseStudyDocument shown) {
    existing = true;
    document = shown;
    slug = shown.slug();
    form = CaseForm.of(shown.content());
    theirs = null;
    conflictChanges = List.of();
  }

  private Editor editor() {
    return editors.current().orElseThrow(() -> new EditRefusedException("Not signed in"));
  }

  /** Saves the form: creates a draft or a new revision. */
  public String save() {
    return change(
        () ->
            existing
                ? cases.update(editor(), slug, document.version(), form.toInput(slug))
                : cases.create(editor(), form.toInput(form.getSlug())),
        "case.saved");
  }

  /** Publishes now (until {@code unpublishAt}, when given). */
  public String publish() {
    return change(
        () -> cases.publish(editor(), slug, document.version(), instant(unpublishAt)),
        "case.published");
  }

  /** Takes the case off the site. */
  public String unpublish() {
    return change(() -> cases.unpublish(editor(), slug, document.version()), "case.unpublished");
  }

  /** Schedules publication and/or its end. */
  public String schedule() {
    return change(
        () ->
            cases.schedule(
                editor(), slug, document.version(), instant(publishAt), instant(unpublishAt)),
        "case.scheduled");
  }

  /** Deletes the case softly. */
  public String delete() {
    return change(() -> cases.delete(editor(), slug, document.version()), "case.deleted");
  }

  /** Restores a deleted case. */
  public String restore() {
    return change(() -> cases.restore(editor(), slug, document.version()), "case.restored");
  }

  /** Restores a revision's fields as a new save. */
  public String restoreRevision(long number) {
    return change(
        () -> cases.restoreRevision(editor(), slug, number, document.version()),
        "case.revisionRestored");
  }

  /** After a conflict: shows the other editor's version, dropping this form's changes. */
  public void takeTheirs() {
    if (theirs != null) {
      show(theirs);
      Texts.done("case.conflict.tookTheirs");
    }
  }

  /** After a conflict: keeps this form and saves it over the other version on the next save. */
  public void keepMine() {
    if (theirs != null) {
      document = theirs;
      theirs = null;
      conflictChanges = List.of();
      Texts.error(null, "case.conflict.keptMine");
    }
  }

  /** Compares two revisions. */
  public void compare() {
    if (older == null || newer == null) {
      return;
    }
    changes = cases.compare(editor(), slug, Math.min(older, newer), Math.max(older, newer));
  }

  private String change(Operation operation, String doneKey) {
    try {
      CaseStudyDocument saved = operation.run();
      Texts.done(doneKey, saved.slug());
      return "/beheer/cases/edit.xhtml?faces-redirect=true&slug=" + saved.slug();
    } catch (InvalidContentException e) {
      for (FieldError error : e.errors()) {
        String field = CaseForm.componentOf(error.field());
        Texts.error(
            field == null ? null : FORM + ":" + field,
            "case.error.field",
            field == null ? error.field() : Texts.text("case.field." + field),
            error.message());
      }
    } catch (EditConflictException e) {
      theirs = e.current(CaseStudyDocument.class);
      conflictChanges = theirs == null ? List.of() : form.differencesTo(theirs.content());
      Texts.error(null, "case.conflict", theirs == null ? "?" : theirs.version());
    } catch (EditRefusedException e) {
      Texts.error(null, "case.error.refused");
    } catch (ContentNotFoundException e) {
      Texts.error(null, "case.error.notFound");
    }
    return null;
  }

  @FunctionalInterface
  private interface Operation {
    CaseStudyDocument run();
  }

  private static Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(Moments.ZONE).toInstant();
  }

  /** The case's revisions, newest first. */
  public List<RevisionSummary> getRevisions() {
    return existing ? cases.revisions(editor(), slug) : List.of();
  }

  public CaseForm getForm() {
    return form;
  }

  public CaseStudyDocument getDocument() {
    return document;
  }

  public CaseStudyDocument getTheirs() {
    return theirs;
  }

  public List<FieldChange> getConflictChanges() {
    return conflictChanges;
  }

  public boolean isExisting() {
    return existing;
  }

  public String getSlug() {
    return slug;
  }

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
