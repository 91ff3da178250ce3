package nl.techniekpact.cms.plugin.content;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.TimeoutException;
import nl.techniekpact.cms.plugin.host.ActivePlugin;
import nl.techniekpact.cms.plugin.host.PluginInvoker;
import nl.techniekpact.cms.web.ErrorKind;
import nl.techniekpact.plugin.api.ContentEvent;
import nl.techniekpact.plugin.api.ContentEventListener;

/**
 * Tells every running plugin's {@link ContentEventListener}s of one event, each through the
 * invoker: a listener that throws is counted as a failure of its plugin (the invoker pauses a
 * plugin that keeps failing), one that returns later than the limit is counted too, and neither
 * stops the other listeners.
 */
final class ListenerCalls {

  private ListenerCalls() {}

  /**
   * Calls the listeners, in the order the plugins started.
   *
   * @return how many listeners returned in time
   */
  static int tell(
      Collection<ActivePlugin> running, PluginInvoker invoker, ContentEvent event, Duration limit) {
    int told = 0;
    for (ActivePlugin plugin : running) {
      for (ContentEventListener listener : plugin.listeners()) {
        String operation = "content listener " + listener.getClass().getSimpleName();
        long started = System.nanoTime();
        boolean returned;
        try {
          returned =
              invoker
                  .call(
                      plugin,
                      operation,
                      () -> {
                        listener.onContentEvent(event);
                        return Boolean.TRUE;
                      })
                  .isPresent();
        } catch (IllegalStateException e) {
          if (!ErrorKind.isDatabaseUnavailable(e)) {
            throw e;
          }
          // not the plugin's failure (the invoker says so by throwing); the next listener is told
          returned = false;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (returned && took.compareTo(limit) > 0) {
          invoker.failed(
              plugin.id(),
              operation,
              new TimeoutException(
                  "took " + took.toMillis() + " ms (limit " + limit.toMillis() + " ms)"));
        } else if (returned) {
          told++;
        }
      }
    }
    return told;
  }
}
