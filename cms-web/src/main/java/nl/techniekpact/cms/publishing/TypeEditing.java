package nl.techniekpact.cms.publishing;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.publishing.revision.RevisionSummary;
import nl.techniekpact.model.shared.Page;
import nl.techniekpact.model.shared.PublishableEntity;

/**
 * The editing service of one content type: every operation of {@link ContentEditor} bound to that
 * type, so the back office and the API call the same methods. A type's service extends it, names
 * its {@link EditableType} and adds what is its own (lists, rules on who may create).
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class RegionEditing extends TypeEditing<Region, RegionInput, ContentDocument<RegionInput>> {
 *   @Inject private RegionType type;
 *   @Override protected RegionType type() { return type; }
 * }
 * }</pre>
 *
 * <p>Every method may throw {@link EditRefusedException} (403), {@link ContentNotFoundException}
 * (404), and the changes also {@link InvalidContentException} (422, every refused field listed) and
 * {@link EditConflictException} (the version is not current; it carries the current document).
 * Nothing is written when one is thrown.
 *
 * @param <E> the entity
 * @param <I> the editable fields
 * @param <D> the document the operations answer with
 */
public abstract class TypeEditing<E extends PublishableEntity, I, D> {

  @Inject private ContentEditor editor;
  @Inject private Transactions transactions;

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  /** The type this service edits. */
  protected abstract EditableType<E, I, D> type();

  /** The JPQL path (over alias {@code c}) of the text the lists' name filter reads. */
  protected String namePath() {
    return "c.name";
  }

  /**
   * A page of the items the editor may edit ({@link EditableQuery}), in any state, deleted ones
   * included.
   *
   * @param entity the JPQL entity name, such as {@code Region}
   * @param regionPath the JPQL path of an item's region slug over alias {@code c}
   * @param nameContains a part of the name ({@link #namePath()}) to filter on, or {@code null} for
   *     all
   * @param order the order clause over alias {@code c}
   */
  protected List<D> listEditable(
      Editor who,
      Class<E> entity,
      String regionPath,
      String nameContains,
      String order,
      Page page) {
    ContentRights.requireMayEditContent(who);
    return transactions.inNewTransaction(
        () ->
            EditableQuery.of(
                    em,
                    who,
                    regionPath,
                    namePath(),
                    nameContains,
                    "select c from " + entity.getSimpleName() + " c",
                    order,
                    entity)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList()
                .stream()
                .map(type()::document)
                .toList());
  }

  /** How many items {@link #listEditable} has in all. */
  protected long countEditable(
      Editor who, Class<E> entity, String regionPath, String nameContains) {
    ContentRights.requireMayEditContent(who);
    return transactions.inNewTransaction(
        () ->
            EditableQuery.of(
                    em,
                    who,
                    regionPath,
                    namePath(),
                    nameContains,
                    "select count(c) from " + entity.getSimpleName() + " c",
                    "",
                    Long.class)
                .getSingleResult());
  }

  /** One item, for editing. */
  public D read(Editor who, String slug) {
    return editor.read(who, type(), slug);
  }

  /** Creates a draft. */
  public D create(Editor who, I input) {
    return editor.create(who, type(), input);
  }

  /** Changes an item's fields (not its slug). */
  public D update(Editor who, String slug, long expectedVersion, I input) {
    return editor.update(who, type(), slug, expectedVersion, input);
  }

  /** Deletes an item softly; {@link #restore} undoes it. */
  public D delete(Editor who, String slug, long expectedVersion) {
    return editor.delete(who, type(), slug, expectedVersion);
  }

  /** Restores a softly deleted item. */
  public D restore(Editor who, String slug, long expectedVersion) {
    return editor.restore(who, type(), slug, expectedVersion);
  }

  /** Publishes now, optionally until a moment in the future. */
  public D publish(Editor who, String slug, long expectedVersion, Instant unpublishAt) {
    return editor.publish(who, type(), slug, expectedVersion, unpublishAt);
  }

  /** Takes an item off the site (back to draft). */
  public D unpublish(Editor who, String slug, long expectedVersion) {
    return editor.unpublish(who, type(), slug, expectedVersion);
  }

  /** Schedules publication at {@code publishAt} and/or its end at {@code unpublishAt}. */
  public D schedule(
      Editor who, String slug, long expectedVersion, Instant publishAt, Instant unpublishAt) {
    return editor.schedule(who, type(), slug, expectedVersion, publishAt, unpublishAt);
  }

  /** The item's revisions, newest first. */
  public List<RevisionSummary> revisions(Editor who, String slug) {
    return editor.revisions(who, type(), slug);
  }

  /** The fields the item had in a revision. */
  public I revision(Editor who, String slug, long number) {
    return editor.revision(who, type(), slug, number);
  }

  /** What differs between two revisions. */
  public List<FieldChange> compare(Editor who, String slug, long older, long newer) {
    return editor.compare(who, type(), slug, older, newer);
  }

  /** Restores a revision's fields as a new save. */
  public D restoreRevision(Editor who, String slug, long number, long expectedVersion) {
    return editor.restoreRevision(who, type(), slug, number, expectedVersion);
  }
}
