package nl.techniekpact.cms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.cms.plugin.content.FieldValues;
import nl.techniekpact.cms.plugin.host.ActivePlugin;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import nl.techniekpact.cms.plugin.host.PluginRegistry;
import nl.techniekpact.cms.publishing.RichText;
import nl.techniekpact.cms.search.SearchDocument.PluginType;
import nl.techniekpact.cms.search.SearchDocument.Stamp;
import nl.techniekpact.model.shared.PublicationStatus;
import nl.techniekpact.plugin.api.ContentItem;
import nl.techniekpact.plugin.api.ContentType;
import nl.techniekpact.plugin.api.FieldDefinition;
import nl.techniekpact.plugin.api.FieldType;

/**
 * Reads the items of running plugins' content types ({@code plugin_item}, ADR 0017) as {@link
 * SearchDocument}s of type {@link SearchType#PLUGIN_ITEM} (ADR 0036): published and scheduled, not
 * deleted, of plugins that run now and have a public page. The title is the type's text field
 * {@code title} (else its first text field); the text is its other text and rich-text fields, in
 * the order the type declares them, as plain text. Values the running version no longer declares
 * are not read. The link is the plugin's page for the item ({@link #link}).
 */
@ApplicationScoped
public class SearchPluginItems {

  private static final String SELECT =
      "select x.pluginId, x.typeKey, x.slug.value, x.publication.status, x.publication.at,"
          + " x.fieldValues, x.publication.until, x.version, x.updatedAt from PluginItem x"
          + " where x.pluginId = :plugin and x.publication.status in :indexed"
          + " and x.deletedAt is null";

  private static final Logger LOG = Logger.getLogger(SearchPluginItems.class.getName());

  private static final List<PublicationStatus> INDEXED =
      List.of(PublicationStatus.PUBLISHED, PublicationStatus.SCHEDULED);

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Inject private PluginPlatform platform;

  private volatile PluginRegistry registry;

  /** The running plugins (looked up once: the registry object stays the same). */
  private PluginRegistry registry() {
    PluginRegistry known = registry;
    if (known == null) {
      known = platform.registry();
      registry = known;
    }
    return known;
  }

  /**
   * Hands every indexed item of every running plugin to {@code sink}. A plugin whose items cannot
   * be read (its page answering no id, say) is left out with a warning, so it never keeps the rest
   * of the index from being brought up to date.
   */
  @Transactional
  public void readAll(Consumer<SearchDocument> sink) {
    for (ActivePlugin plugin : registry().all()) {
      List<SearchDocument> items;
      try {
        items = read(plugin, null, null);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "The items of plugin " + plugin.id() + " are not searchable", e);
        continue;
      }
      items.forEach(sink);
    }
  }

  /**
   * Every indexed item of one plugin, as the index should hold them; none when the plugin does not
   * run (so its items leave the index).
   */
  @Transactional
  public List<SearchDocument> readPlugin(String pluginId) {
    return registry().find(pluginId).map(plugin -> read(plugin, null, null)).orElse(List.of());
  }

  /**
   * One item as the index should hold it, or empty when the public may not see it (draft, archived,
   * deleted, its plugin or type not running, or no page to link to).
   *
   * @param contentType {@code <plugin>/<type>}
   * @param slug the item's slug
   */
  @Transactional
  public Optional<SearchDocument> read(String contentType, String slug) {
    int slash = contentType.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    String typeKey = contentType.substring(slash + 1);
    return registry()
        .find(contentType.substring(0, slash))
        .flatMap(plugin -> read(plugin, typeKey, slug).stream().findFirst());
  }

  /** The indexed items of a running plugin, maybe of one type, maybe one item. */
  private List<SearchDocument> read(ActivePlugin plugin, String typeKey, String slug) {
    if (link(plugin, "any").isEmpty() || plugin.contentTypes().isEmpty()) {
      return List.of();
    }
    var query =
        em.createQuery(
                SELECT
                    + (typeKey == null ? "" : " and x.typeKey = :type")
                    + (slug == null ? "" : " and x.slug.value = :slug")
                    + " order by x.id",
                Object[].class)
            .setParameter("plugin", plugin.id())
            .setParameter("indexed", INDEXED);
    if (typeKey != null) {
      query.setParameter("type", typeKey);
    }
    if (slug != null) {
      query.setParameter("slug", slug);
    }
    List<SearchDocument> documents = new ArrayList<>();
    for (Object[] row : query.getResultList()) {
      String key = (String) row[1];
      plugin.contentType(key).ifPresent(type -> documents.add(document(plugin, type, row)));
    }
    return documents;
  }

  private static SearchDocument document(ActivePlugin plugin, ContentType type, Object[] row) {
    String slug = (String) row[2];
    PublicationStatus status = (PublicationStatus) row[3];
    return document(
        plugin,
        type,
        slug,
        (String) row[5],
        status == PublicationStatus.SCHEDULED && row[4] instanceof OffsetDateTime at
            ? at.toInstant()
            : null,
        row[6] instanceof OffsetDateTime until ? until.toInstant() : null,
        new Stamp(
            row[7] == null ? 0 : ((Number) row[7]).longValue(),
            row[8] instanceof OffsetDateTime updated ? updated.toInstant().toEpochMilli() : 0));
  }

  /**
   * The document of one item: title, text and link from the running plugin's type and stored values
   * (JSON as {@code plugin_item.field_values} holds it).
   */
  static SearchDocument document(
      ActivePlugin plugin,
      ContentType type,
      String slug,
      String fieldValues,
      Instant visibleFrom,
      Instant visibleUntil,
      Stamp stamp) {
    Map<String, Object> values = FieldValues.typed(type, fieldValues);
    FieldDefinition title = FieldValues.titleField(type).orElse(null);
    List<String> nl = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (FieldDefinition field : type.fields()) {
      if (field == title || !isText(field)) {
        continue;
      }
      if (values.get(field.key()) instanceof ContentItem.Text text) {
        boolean rich = field.type() == FieldType.RICH_TEXT;
        nl.add(rich ? sanitized(text.nl()) : text.nl());
        en.add(rich ? sanitized(text.en()) : text.en());
      }
    }
    ContentItem.Text heading =
        title != null && values.get(title.key()) instanceof ContentItem.Text text ? text : null;
    PluginType pluginType =
        new PluginType(
            plugin.id(),
            type.key(),
            type.label(Locale.forLanguageTag("nl")),
            type.label(Locale.ENGLISH));
    return new SearchDocument(
        SearchType.PLUGIN_ITEM,
        pluginType.key(slug),
        heading == null ? slug : heading.nl(),
        heading == null ? null : heading.en(),
        SearchDocument.paragraphs(nl.toArray(String[]::new)),
        SearchDocument.paragraphs(en.toArray(String[]::new)),
        link(plugin, slug).orElseThrow(),
        visibleFrom,
        visibleUntil,
        stamp,
        pluginType);
  }

  /**
   * Rich text as it is sanitized when saved (what reaches the index is never more than editors
   * could store, also for values written some other way); the index then keeps its words only.
   */
  private static String sanitized(String html) {
    return html == null ? null : SearchDocument.plain(RichText.sanitize(html));
  }

  private static boolean isText(FieldDefinition field) {
    return field.type() == FieldType.TEXT || field.type() == FieldType.RICH_TEXT;
  }

  /**
   * The address of an item's page, as the plugin serves it: a clean address of the plugin's with a
   * {@code {slug}} segment, the item's slug in its place (the page that shows one item, as the
   * preview assumes, ADR 0022); else the plugin's first public page ({@code /p/<plugin>/<page>},
   * which lists its items); empty when the plugin has no public page.
   */
  public static Optional<String> link(ActivePlugin plugin, String slug) {
    for (ActivePlugin.PageRoute route : plugin.routes()) {
      String pattern = route.pattern();
      if (pattern.contains("{slug}") && pattern.indexOf('{') == pattern.lastIndexOf('{')) {
        return Optional.of(
            pattern.replace("{slug}", URLEncoder.encode(slug, StandardCharsets.UTF_8)));
      }
    }
    return plugin.pages().stream().findFirst().map(page -> "/p/" + plugin.id() + "/" + page.id());
  }
}
