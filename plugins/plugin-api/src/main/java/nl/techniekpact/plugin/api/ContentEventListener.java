package nl.techniekpact.plugin.api;

import org.pf4j.ExtensionPoint;

/**
 * Told after content changed and the change is committed, for example to refresh a cache the plugin
 * keeps. Listeners run one after the other on the thread that made the change: return quickly and
 * hand long work to the plugin's own executor. A listener that throws is counted as a failure of
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
