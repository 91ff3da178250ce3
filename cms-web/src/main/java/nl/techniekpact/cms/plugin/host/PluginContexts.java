package nl.techniekpact.cms.plugin.host;

import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;
import nl.techniekpact.plugin.api.ContentItem;
import nl.techniekpact.plugin.api.ContentItems;
import nl.techniekpact.plugin.api.ContentQueries;
import nl.techniekpact.plugin.api.Contribution;
import nl.techniekpact.plugin.api.PluginApi;
import nl.techniekpact.plugin.api.PluginContext;
import nl.techniekpact.plugin.api.PluginSettings;

/** Makes the {@link PluginContext} the host hands a plugin when it starts. */
@FunctionalInterface
public interface PluginContexts {

  /** The context of a plugin version. */
  PluginContext create(String pluginId, String version);

  /**
   * Contexts with the given content queries and settings looked up by key {@code
   * cms.plugin.<id>.<key>}.
   */
  static PluginContexts of(ContentQueries content, SettingsSource settings) {
    return of(content, settings, null);
  }

  /**
   * Contexts as {@link #of(ContentQueries, SettingsSource)}, whose {@link
   * PluginContext#contributions} call partner plugins' extensions through {@code partners}.
   */
  static PluginContexts of(
      ContentQueries content, SettingsSource settings, PartnerExtensions partners) {
    return of(content, settings, partners, id -> NO_ITEMS);
  }

  /**
   * Contexts as {@link #of(ContentQueries, SettingsSource, PartnerExtensions)}, whose {@link
   * PluginContext#items()} come from {@code items} (by plugin id).
   */
  static PluginContexts of(
      ContentQueries content,
      SettingsSource settings,
      PartnerExtensions partners,
      Function<String, ContentItems> items) {
    return (id, version) ->
        new HostPluginContext(
            id,
            version,
            key -> settings.get("cms.plugin." + id + "." + key),
            content,
            Logger.getLogger("nl.techniekpact.plugin." + id),
            partners,
            items.apply(id));
  }

  /** No items at all: for hosts without a database (tests). */
  ContentItems NO_ITEMS =
      new ContentItems() {
        @Override
        public List<ContentItem> published(String type) {
          return List.of();
        }

        @Override
        public java.util.Optional<ContentItem> published(String type, String slug) {
          return java.util.Optional.empty();
        }
      };

  /** Where settings come from (MicroProfile Config in the server, a map in tests). */
  @FunctionalInterface
  interface SettingsSource {
    /** The value of a full key, if set. */
    java.util.Optional<String> get(String key);
  }

  /** The host's context: values only, nothing that refers to plugin classes. */
  record HostPluginContext(
      String pluginId,
      String pluginVersion,
      PluginSettings settings,
      ContentQueries content,
      Logger logger,
      PartnerExtensions partners,
      ContentItems items)
      implements PluginContext {

    @Override
    public String apiVersion() {
      return PluginApi.VERSION;
    }

    @Override
    public <T, R> List<Contribution<R>> contributions(
        Class<T> point, Function<? super T, ? extends R> call) {
      return partners == null ? List.of() : partners.call(point, call);
    }
  }
}
