package nl.techniekpact.cms.casestudy.editing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import nl.techniekpact.cms.publishing.ContentEditor;
import nl.techniekpact.cms.publishing.ContentNotFoundException;
import nl.techniekpact.cms.publishing.ContentRights;
import nl.techniekpact.cms.publishing.EditConflictException;
import nl.techniekpact.cms.publishing.EditRefusedException;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.InvalidContentException;
import nl.techniekpact.cms.publishing.Transactions;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.publishing.revision.RevisionSummary;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.shared.Page;

/**
 * Editing cases: the one service the back office and the API both call. Every change names the
 * version the editor edited and answers with the new {@link CaseStudyDocument}; the rules
 * (authorisation by region, validation, sanitizing, optimistic version, revision, audit,
 * ContentChanged after commit) are those of {@link ContentEditor}.
 *
 * <pre>{@code
 * @Inject CaseStudyEditing cases;
 * @Inject Editors editors;
 *
 * Editor me = editors.current().orElseThrow();
 * CaseStudyDocument draft = cases.create(me, input);
 * CaseStudyDocument edited = cases.update(me, draft.slug(), draft.version(), changedInput);
 * cases.publish(me, edited.slug(), edited.version(), null);
 * }</pre>
 *
 * <p>Every method may throw {@link EditRefusedException} (403: the editor may not edit this case,
 * or may not edit content at all), {@link ContentNotFoundException} (404), and the changes also
 * {@link InvalidContentException} (422, every refused field listed) and {@link
 * EditConflictException} (the version is not current; it carries the current {@link
 * CaseStudyDocument}). Nothing is written when one is thrown.
 */
@ApplicationScoped
public class CaseStudyEditing {

  @Inject private ContentEditor editor;
  @Inject private CaseStudyType type;
  @Inject private Transactions transactions;

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  /** A page of the cases the editor may edit, in any state, deleted ones included, newest first. */
  public List<CaseStudyDocument> list(Editor who, Page page) {
    ContentRights.requireMayEditContent(who);
    return transactions.inNewTransaction(
        () ->
            editable(who, "select c from CaseStudy c", " order by c.id desc", CaseStudy.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList()
                .stream()
                .map(type::document)
                .toList());
  }

  /** How many cases the editor may edit. */
  public long count(Editor who) {
    ContentRights.requireMayEditContent(who);
    return transactions.inNewTransaction(
        () -> editable(who, "select count(c) from CaseStudy c", "", Long.class).getSingleResult());
  }

  /** One case, for editing. */
  public CaseStudyDocument read(Editor who, String slug) {
    return editor.read(who, type, slug);
  }

  /** Creates a draft case. */
  public CaseStudyDocument create(Editor who, CaseStudyInput input) {
    return editor.create(who, type, input);
  }

  /** Changes a case's fields (not its slug). */
  public CaseStudyDocument update(
      Editor who, String slug, long expectedVersion, CaseStudyInput input) {
    return editor.update(who, type, slug, expectedVersion, input);
  }

  /** Deletes a case softly; {@link #restore} undoes it. */
  public CaseStudyDocument delete(Editor who, String slug, long expectedVersion) {
    return editor.delete(who, type, slug, expectedVersion);
  }

  /** Restores a softly deleted case. */
  public CaseStudyDocument restore(Editor who, String slug, long expectedVersion) {
    return editor.restore(who, type, slug, expectedVersion);
  }

  /** Publishes now, optionally until a moment in the future. */
  public CaseStudyDocument publish(
      Editor who, String slug, long expectedVersion, Instant unpublishAt) {
    return editor.publish(who, type, slug, expectedVersion, unpublishAt);
  }

  /** Takes a case off the site (back to draft). */
  public CaseStudyDocument unpublish(Editor who, String slug, long expectedVersion) {
    return editor.unpublish(who, type, slug, expectedVersion);
  }

  /** Schedules publication at {@code publishAt} and/or its end at {@code unpublishAt}. */
  public CaseStudyDocument schedule(
      Editor who, String slug, long expectedVersion, Instant publishAt, Instant unpublishAt) {
    return editor.schedule(who, type, slug, expectedVersion, publishAt, unpublishAt);
  }

  /** The case's revisions, newest first. */
  public List<RevisionSummary> revisions(Editor who, String slug) {
    return editor.revisions(who, type, slug);
  }

  /** The fields the case had in a revision. */
  public CaseStudyInput revision(Editor who, String slug, long number) {
    return editor.revision(who, type, slug, number);
  }

  /** What differs between two revisions. */
  public List<FieldChange> compare(Editor who, String slug, long older, long newer) {
    return editor.compare(who, type, slug, older, newer);
  }

  /** Restores a revision's fields as a new save. */
  public CaseStudyDocument restoreRevision(
      Editor who, String slug, long number, long expectedVersion) {
    return editor.restoreRevision(who, type, slug, number, expectedVersion);
  }

  private <T> TypedQuery<T> editable(Editor who, String select, String order, Class<T> result) {
    if (ContentRights.mayEditAll(who)) {
      return em.createQuery(select + order, result);
    }
    return em.createQuery(select + " where c.region.slug.value in :regions" + order, result)
        .setParameter(
            "regions", who.regions().isEmpty() ? List.of("") : List.copyOf(who.regions()));
  }
}
