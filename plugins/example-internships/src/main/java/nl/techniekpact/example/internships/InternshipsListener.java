package nl.techniekpact.example.internships;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import nl.techniekpact.plugin.api.ContentEvent;
import nl.techniekpact.plugin.api.ContentEventListener;
import nl.techniekpact.plugin.api.PluginContext;
import org.pf4j.Extension;

/**
 * Told by the CMS after every committed change of content. This example remembers the last few
 * changes of its own places, which {@code GET /api/v1/plugins/example-internships/changes} shows; a
 * real plugin would refresh a cache or notify someone (on its own executor if that takes long).
 */
@Extension
public class InternshipsListener implements ContentEventListener {

  private static final int KEEP = 20;

  /** The last changes, newest first; static state of this plugin's own classes only. */
  private static final Deque<String> RECENT = new ArrayDeque<>();

  private final PluginContext context;

  /** Created by the host with the plugin's context. */
  public InternshipsListener(PluginContext context) {
    this.context = context;
  }

  @Override
  public void onContentEvent(ContentEvent event) {
    if (!event.contentType().equals(context.pluginId() + "/" + InternshipPlaceType.KEY)) {
      return;
    }
    synchronized (RECENT) {
      RECENT.addFirst(event.kind() + " " + event.slug());
      while (RECENT.size() > KEEP) {
        RECENT.removeLast();
      }
    }
  }

  /** The last changes of places, newest first, such as {@code PUBLISHED monteur-noord}. */
  static List<String> recent() {
    synchronized (RECENT) {
      return List.copyOf(RECENT);
    }
  }
}
