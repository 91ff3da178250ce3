package nl.techniekpact.cms.plugin.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import nl.techniekpact.cms.publishing.ContentEditor;
import nl.techniekpact.cms.publishing.ContentNotFoundException;
import nl.techniekpact.cms.publishing.ContentRights;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Transactions;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.publishing.revision.RevisionSummary;
import nl.techniekpact.model.shared.Page;
import nl.techniekpact.plugin.api.ContentItem;
import nl.techniekpact.plugin.api.ContentType;

/**
 * Editing the items of plugins' content types: the one service the back office and the API both
 * call, with the rules of {@link ContentEditor} (authorisation by region — a regional editor only
 * items whose region field names one of their regions —, validation against the plugin's field
 * definitions, sanitized rich text, optimistic versions, revisions, audit, {@code ContentChanged}
 * after commit).
 *
 * <p>Only the types of a running plugin can be edited: the field definitions come from the plugin.
 * The items of a disabled or removed plugin stay stored, untouched, and are editable again once the
 * plugin runs again.
 *
 * <pre>{@code
 * PluginItemDocument draft = items.create(me, "example-internships", "internship-place", input);
 * items.publish(me, "example-internships", "internship-place", draft.slug(), draft.version(), null);
 * }</pre>
 *
 * <p>Every method may throw {@code EditRefusedException} (403), {@link ContentNotFoundException}
 * (404: unknown plugin, type or item), and the changes also {@code InvalidContentException} (422)
 * and {@code EditConflictException}.
 */
@ApplicationScoped
public class PluginItemEditing {

  @Inject private ContentEditor editor;
  @Inject private PluginPlatform platform;
  @Inject private PluginItemReferences references;
  @Inject private Transactions transactions;

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  /** The content type of a running plugin. */
  public ContentType contentType(String pluginId, String typeKey) {
    return platform
        .registry()
        .find(pluginId)
        .flatMap(plugin -> plugin.contentType(typeKey))
        .orElseThrow(
            () ->
                new ContentNotFoundException(
                    "No content type " + typeKey + " of a running plugin " + pluginId));
  }

  /** The content types of the running plugins, by plugin id. */
  public List<PluginContentType> contentTypes() {
    return platform.registry().all().stream()
        .flatMap(
            plugin ->
                plugin.contentTypes().stream()
                    .map(type -> new PluginContentType(plugin.id(), type)))
        .toList();
  }

  /**
   * A content type and the plugin that defines it.
   *
   * @param pluginId the plugin
   * @param type the type
   */
  public record PluginContentType(String pluginId, ContentType type) {}

  /**
   * A page of the items of a type the editor may edit, in any state, deleted ones included, newest
   * first.
   */
  public List<PluginItemDocument> list(Editor who, String pluginId, String typeKey, Page page) {
    ContentRights.requireMayEditContent(who);
    PluginItemType type = type(pluginId, typeKey);
    return transactions.inNewTransaction(
        () ->
            editable(
                    who,
                    type,
                    "select i from PluginItem i",
                    " order by i.id desc",
                    PluginItem.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList()
                .stream()
                .map(type::document)
                .toList());
  }

  /** How many items of a type the editor may edit. */
  public long count(Editor who, String pluginId, String typeKey) {
    ContentRights.requireMayEditContent(who);
    PluginItemType type = type(pluginId, typeKey);
    return transactions.inNewTransaction(
        () ->
            editable(who, type, "select count(i) from PluginItem i", "", Long.class)
                .getSingleResult());
  }

  /** One item, for editing. */
  public PluginItemDocument read(Editor who, String pluginId, String typeKey, String slug) {
    return editor.read(who, type(pluginId, typeKey), slug);
  }

  /**
   * An item as the plugin would receive it once published, for the preview: in any state, for an
   * editor allowed to edit it.
   */
  public PluginItemPreview preview(Editor who, String pluginId, String typeKey, String slug) {
    read(who, pluginId, typeKey, slug);
    ContentType contentType = contentType(pluginId, typeKey);
    PluginItemType type = type(pluginId, typeKey);
    ContentItem item =
        transactions.inNewTransaction(
            () ->
                type.find(slug)
                    .map(found -> PublishedPluginItems.toContentItem(contentType, found))
                    .orElseThrow(
                        () -> new ContentNotFoundException("No " + type.key() + " " + slug)));
    return new PluginItemPreview(pluginId, item);
  }

  /** Creates a draft item. */
  public PluginItemDocument create(
      Editor who, String pluginId, String typeKey, PluginItemInput input) {
    return editor.create(who, type(pluginId, typeKey), input);
  }

  /** Changes an item's fields (not its slug). */
  public PluginItemDocument update(
      Editor who,
      String pluginId,
      String typeKey,
      String slug,
      long expectedVersion,
      PluginItemInput input) {
    return editor.update(who, type(pluginId, typeKey), slug, expectedVersion, input);
  }

  /** Deletes an item softly. */
  public PluginItemDocument delete(
      Editor who, String pluginId, String typeKey, String slug, long expectedVersion) {
    return editor.delete(who, type(pluginId, typeKey), slug, expectedVersion);
  }

  /** Restores a softly deleted item. */
  public PluginItemDocument restore(
      Editor who, String pluginId, String typeKey, String slug, long expectedVersion) {
    return editor.restore(who, type(pluginId, typeKey), slug, expectedVersion);
  }

  /** Publishes now, optionally until a moment in the future. */
  public PluginItemDocument publish(
      Editor who,
      String pluginId,
      String typeKey,
      String slug,
      long expectedVersion,
      Instant unpublishAt) {
    return editor.publish(who, type(pluginId, typeKey), slug, expectedVersion, unpublishAt);
  }

  /** Takes an item off the site (back to draft). */
  public PluginItemDocument unpublish(
      Editor who, String pluginId, String typeKey, String slug, long expectedVersion) {
    return editor.unpublish(who, type(pluginId, typeKey), slug, expectedVersion);
  }

  /** Schedules publication and/or its end. */
  public PluginItemDocument schedule(
      Editor who,
      String pluginId,
      String typeKey,
      String slug,
      long expectedVersion,
      Instant publishAt,
      Instant unpublishAt) {
    return editor.schedule(
        who, type(pluginId, typeKey), slug, expectedVersion, publishAt, unpublishAt);
  }

  /** The item's revisions, newest first. */
  public List<RevisionSummary> revisions(Editor who, String pluginId, String typeKey, String slug) {
    return editor.revisions(who, type(pluginId, typeKey), slug);
  }

  /** The fields the item had in a revision. */
  public PluginItemInput revision(
      Editor who, String pluginId, String typeKey, String slug, long number) {
    return editor.revision(who, type(pluginId, typeKey), slug, number);
  }

  /** What differs between two revisions. */
  public List<FieldChange> compare(
      Editor who, String pluginId, String typeKey, String slug, long older, long newer) {
    return editor.compare(who, type(pluginId, typeKey), slug, older, newer);
  }

  /** Restores a revision's fields as a new save. */
  public PluginItemDocument restoreRevision(
      Editor who, String pluginId, String typeKey, String slug, long number, long expectedVersion) {
    return editor.restoreRevision(who, type(pluginId, typeKey), slug, number, expectedVersion);
  }

  private PluginItemType type(String pluginId, String typeKey) {
    return new PluginItemType(em, pluginId, contentType(pluginId, typeKey), references);
  }

  private <T> TypedQuery<T> editable(
      Editor who, PluginItemType type, String select, String order, Class<T> result) {
    String where = " where i.pluginId = :plugin and i.typeKey = :type";
    TypedQuery<T> query;
    if (ContentRights.mayEditAll(who)) {
      query = em.createQuery(select + where + order, result);
    } else {
      query =
          em.createQuery(select + where + " and i.regionSlug in :regions" + order, result)
              .setParameter(
                  "regions", who.regions().isEmpty() ? List.of("") : List.copyOf(who.regions()));
    }
    return query
        .setParameter("plugin", type.pluginId())
        .setParameter("type", type.contentType().key());
  }
}
