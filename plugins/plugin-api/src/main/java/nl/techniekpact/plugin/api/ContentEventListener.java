package nl.techniekpact.plugin.api;

import org.pf4j.ExtensionPoint;

/**
 * Told after content changed and the change is committed, for example to refresh a cache the plugin
 * keeps: every change of any content (the host's types and every plugin's items, see {@link
 * ContentEvent#contentType()}), scheduled publications included. Since host API 0.3 the host calls
 * listeners on a thread of its own, one change after the other in the order they happened, never on
 * the editor's thread: return quickly and hand long work to the plugin's own executor. A listener
 * that throws, or takes longer than the host allows (2 s by default), is counted as a failure of
 * its plugin; the change itself stands.
 *
 * <pre>{@code
 * @Extension
 * public class ForgetCachedRegions implements ContentEventListener {
 *   @Override
 *   public void onContentEvent(ContentEvent event) {
 *     if (event.contentType().equals(ContentEvent.REGION)) {
 *       cache.clear();
 *     }
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface ContentEventListener extends ExtensionPoint {

  /**
   * Called once per committed change.
   *
   * @param event what changed
   */
  void onContentEvent(ContentEvent event);
}
