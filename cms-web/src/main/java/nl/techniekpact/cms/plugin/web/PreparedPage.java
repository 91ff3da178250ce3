package nl.techniekpact.cms.plugin.web;

/**
 * A plugin page ready to render: the plugin's title and model, fetched through the invoker before
 * Faces runs, so that rendering reads plain data.
 *
 * @param pluginId the plugin
 * @param version its running version
 * @param pageId the page
 * @param title the page's title in the visitor's language
 * @param description the page's description, or {@code null} for the site's
 * @param model what the plugin returned as the page's model
 */
record PreparedPage(
    String pluginId,
    String version,
    String pageId,
    String title,
    String description,
    Object model) {

  /** The request attribute that carries the page from the filter to {@link PluginPage}. */
  static final String ATTRIBUTE = PreparedPage.class.getName();
}
