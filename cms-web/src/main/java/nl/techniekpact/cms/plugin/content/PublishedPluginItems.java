package nl.techniekpact.cms.plugin.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.model.shared.VisibleAt;
import nl.techniekpact.plugin.api.ContentItem;
import nl.techniekpact.plugin.api.ContentType;

/**
 * What the public may see of plugins' items now: published (or scheduled and due), not ended, not
 * deleted. Answers {@link nl.techniekpact.plugin.api.ContentItems} for each plugin ({@link
 * PluginItemsOf}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PublishedPluginItems {

  /** The most items one call returns. */
  static final int MAX_ITEMS = 1000;

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  /** The visible items of a plugin's type, newest first. */
  public List<ContentItem> of(String pluginId, ContentType type) {
    return query(pluginId, type, "", Instant.now())
        .setMaxResults(MAX_ITEMS)
        .getResultList()
        .stream()
        .map(item -> toContentItem(type, item))
        .toList();
  }

  /** One visible item of a plugin's type. */
  public Optional<ContentItem> of(String pluginId, ContentType type, String slug) {
    return query(pluginId, type, " and i.slug.value = :slug", Instant.now())
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .map(item -> toContentItem(type, item));
  }

  private TypedQuery<PluginItem> query(
      String pluginId, ContentType type, String condition, Instant now) {
    return VisibleAt.bind(
            em.createQuery(
                "select i from PluginItem i where i.pluginId = :plugin and i.typeKey = :type and "
                    + VisibleAt.condition("i")
                    + condition
                    + " order by i.id desc",
                PluginItem.class),
            now)
        .setParameter("plugin", pluginId)
        .setParameter("type", type.key());
  }

  static ContentItem toContentItem(ContentType type, PluginItem item) {
    return new ContentItem(
        type.key(),
        item.getSlug().getValue(),
        item.getRegionSlug().orElse(null),
        FieldValues.typed(type, item.getFieldValues()),
        item.getUpdatedAt());
  }
}
