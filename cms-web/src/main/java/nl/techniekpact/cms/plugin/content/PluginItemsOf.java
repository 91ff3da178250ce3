package nl.techniekpact.cms.plugin.content;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.techniekpact.plugin.api.ContentItem;
import nl.techniekpact.plugin.api.ContentItems;
import nl.techniekpact.plugin.api.ContentType;

/**
 * {@link ContentItems} of one plugin: only its own types, as the running plugin describes them
 * (looked up on each call, so an upgrade's new fields apply at once), with an editor's item added
 * while a preview renders ({@link PluginItemPreview}). Holds host objects only.
 */
public final class PluginItemsOf implements ContentItems {

  private final String pluginId;
  private final Function<String, Optional<ContentType>> types;
  private final PublishedPluginItems published;

  /**
   * The items of a plugin.
   *
   * @param pluginId the plugin
   * @param types the plugin's running content type by key
   * @param published the queries
   */
  public PluginItemsOf(
      String pluginId,
      Function<String, Optional<ContentType>> types,
      PublishedPluginItems published) {
    this.pluginId = pluginId;
    this.types = types;
    this.published = published;
  }

  @Override
  public List<ContentItem> published(String type) {
    List<ContentItem> items =
        types.apply(type).map(known -> published.of(pluginId, known)).orElse(List.of());
    return PluginItemPreview.current(pluginId, type).map(p -> p.into(items)).orElse(items);
  }

  @Override
  public Optional<ContentItem> published(String type, String slug) {
    if (slug == null) {
      return Optional.empty();
    }
    Optional<PluginItemPreview> preview = PluginItemPreview.current(pluginId, type);
    if (preview.isPresent() && preview.get().item().slug().equals(slug)) {
      return Optional.of(preview.get().item());
    }
    return types.apply(type).flatMap(known -> published.of(pluginId, known, slug));
  }
}
