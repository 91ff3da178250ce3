package nl.techniekpact.cms.plugin.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.techniekpact.plugin.api.ContentItem;

/**
 * An item shown to its editor as if it were published: while a preview renders a plugin's page (on
 * the request's thread, see {@link #during}), {@link PluginItemsOf} hands the plugin this item
 * among its published ones — in place of the published version of the same slug, or first (newest)
 * when it is not published — so the page shows it exactly as it will show it once published.
 * Nothing is stored and no other request sees it.
 *
 * @param pluginId the plugin whose type the item is of
 * @param item the item as it stands, in any state
 */
public record PluginItemPreview(String pluginId, ContentItem item) {

  /** The request attribute under which the back office hands a preview to the plugin's page. */
  public static final String ATTRIBUTE = PluginItemPreview.class.getName();

  private static final ThreadLocal<PluginItemPreview> CURRENT = new ThreadLocal<>();

  /** Runs work (a page's model and rendering) with a preview in effect on this thread. */
  public static <T> T during(PluginItemPreview preview, Callable<T> work) throws Exception {
    PluginItemPreview previous = CURRENT.get();
    CURRENT.set(preview);
    try {
      return work.call();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /** Whether any preview is in effect on this thread: what renders now is not for the public. */
  public static boolean active() {
    return CURRENT.get() != null;
  }

  /** The preview in effect on this thread for a plugin's type, if any. */
  static Optional<PluginItemPreview> current(String pluginId, String type) {
    PluginItemPreview preview = CURRENT.get();
    return preview != null && preview.pluginId.equals(pluginId) && preview.item.type().equals(type)
        ? Optional.of(preview)
        : Optional.empty();
  }

  /** The published items with the previewed one in place of its published version, or first. */
  List<ContentItem> into(List<ContentItem> published) {
    List<ContentItem> shown = new ArrayList<>(published.size() + 1);
    boolean replaced = false;
    for (ContentItem other : published) {
      if (other.slug().equals(item.slug())) {
        shown.add(item);
        replaced = true;
      } else {
        shown.add(other);
      }
    }
    if (!replaced) {
      shown.add(0, item);
    }
    return shown;
  }
}
