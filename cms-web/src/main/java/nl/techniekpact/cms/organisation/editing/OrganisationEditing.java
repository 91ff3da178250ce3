package nl.techniekpact.cms.organisation.editing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.techniekpact.cms.publishing.ContentEditor;
import nl.techniekpact.cms.publishing.ContentRights;
import nl.techniekpact.cms.publishing.EditedItem;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.ItemEditing;
import nl.techniekpact.cms.publishing.Transactions;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.publishing.revision.RevisionSummary;
import nl.techniekpact.model.organisation.Organisation;
import nl.techniekpact.model.organisation.OrganisationKind;
import nl.techniekpact.model.organisation.OrganisationRepository;
import nl.techniekpact.model.shared.Page;

/**
 * Editing partner organisations: the one service the back office and the API both call, with the
 * rules of {@link ContentEditor} (only administrators and national editors; validation per field;
 * versions; revisions; audit; ContentChanged after commit). Organisations have no drafts; {@link
 * #delete} deletes one softly (refused, 409, while a case that is not deleted names it as partner),
 * {@link #restore} brings it back, and an administrator may purge a deleted one ({@link #items()}).
 *
 * <pre>{@code
 * EditedItem<OrganisationInput> made = organisations.create(me, input);
 * organisations.update(me, made.content().slug(), made.version(), changed);
 * }</pre>
 */
@ApplicationScoped
public class OrganisationEditing {

  @Inject private ContentEditor editor;
  @Inject private OrganisationType type;
  @Inject private Transactions transactions;
  @Inject private OrganisationRepository organisations;

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  /**
   * A page of organisations by name, filtered; deleted ones are left out ({@link #deleted}).
   *
   * @param nameContains part of the name (any case), or blank for all
   * @param kind a kind's name, or blank for all
   */
  public List<EditedItem<OrganisationInput>> list(
      Editor who, String nameContains, String kind, Page page) {
    requireMayEdit(who);
    return transactions.inNewTransaction(
        () ->
            filtered("select o from Organisation o", nameContains, kind, Organisation.class, true)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList()
                .stream()
                .map(type::document)
                .toList());
  }

  /** How many organisations the filter matches. */
  public long count(Editor who, String nameContains, String kind) {
    requireMayEdit(who);
    return transactions.inNewTransaction(
        () ->
            filtered("select count(o) from Organisation o", nameContains, kind, Long.class, false)
                .getSingleResult());
  }

  /** The editing operations on organisations, named by slug (for the back-office screen). */
  public ItemEditing<Organisation, OrganisationInput, EditedItem<OrganisationInput>> items() {
    return new ItemEditing<>(editor, type);
  }

  /** One organisation, for editing. */
  public EditedItem<OrganisationInput> read(Editor who, String slug) {
    return items().read(who, slug);
  }

  /** Creates an organisation. */
  public EditedItem<OrganisationInput> create(Editor who, OrganisationInput input) {
    return items().create(who, input);
  }

  /** Changes an organisation's fields (not its slug). */
  public EditedItem<OrganisationInput> update(
      Editor who, String slug, long expectedVersion, OrganisationInput input) {
    return items().update(who, slug, expectedVersion, input);
  }

  /** Deletes an organisation softly, while no case that is not deleted names it as partner. */
  public EditedItem<OrganisationInput> delete(Editor who, String slug, long expectedVersion) {
    return items().delete(who, slug, expectedVersion);
  }

  /** Restores a softly deleted organisation. */
  public EditedItem<OrganisationInput> restore(Editor who, String slug, long expectedVersion) {
    return items().restore(who, slug, expectedVersion);
  }

  /** The softly deleted organisations, most recently deleted first. */
  public List<EditedItem<OrganisationInput>> deleted(Editor who) {
    requireMayEdit(who);
    return transactions.inNewTransaction(
        () -> organisations.findRemoved().stream().map(type::document).toList());
  }

  /** The organisation's revisions, newest first. */
  public List<RevisionSummary> revisions(Editor who, String slug) {
    return items().revisions(who, slug);
  }

  /** The fields the organisation had in a revision. */
  public OrganisationInput revision(Editor who, String slug, long number) {
    return items().revision(who, slug, number);
  }

  /** What differs between two revisions. */
  public List<FieldChange> compare(Editor who, String slug, long older, long newer) {
    return items().compare(who, slug, older, newer);
  }

  /** Restores a revision's fields as a new save. */
  public EditedItem<OrganisationInput> restoreRevision(
      Editor who, String slug, long number, long expectedVersion) {
    return items().restoreRevision(who, slug, number, expectedVersion);
  }

  private static void requireMayEdit(Editor who) {
    ContentRights.requireMayEdit(who, Set.of(), Set.of());
  }

  private <T> TypedQuery<T> filtered(
      String select, String nameContains, String kind, Class<T> result, boolean ordered) {
    StringBuilder jpql = new StringBuilder(select).append(" where o.deletedAt is null");
    String name = nameContains == null ? "" : nameContains.strip().toLowerCase(Locale.ROOT);
    String kindName = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
    if (!name.isEmpty()) {
      jpql.append(" and lower(o.name) like :name escape '\\'");
    }
    if (!kindName.isEmpty()) {
      jpql.append(" and o.kind = :kind");
    }
    if (ordered) {
      jpql.append(" order by o.name, o.id");
    }
    TypedQuery<T> query = em.createQuery(jpql.toString(), result);
    if (!name.isEmpty()) {
      query.setParameter(
          "name", "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    if (!kindName.isEmpty()) {
      query.setParameter("kind", kind(kindName));
    }
    return query;
  }

  private static OrganisationKind kind(String name) {
    try {
      return OrganisationKind.valueOf(name);
    } catch (IllegalArgumentException unknown) {
      return null; // matches nothing
    }
  }
}
