package nl.techniekpact.cms.plugin.content;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import nl.techniekpact.cms.publishing.ContentChanged;
import nl.techniekpact.plugin.api.ContentEvent;
import org.eclipse.microprofile.config.Config;

/**
 * Tells the running plugins' {@link nl.techniekpact.plugin.api.ContentEventListener}s of every
 * committed change ({@link ContentChanged}), through the plugin invoker: a listener that throws is
 * logged and counted against its plugin (and the plugin paused when it keeps failing), exactly like
 * a failing page fragment. The change itself is never affected: listeners run after commit, on a
 * host thread and not on the editor's, one change after the other in the order they happened. A
 * listener that takes longer than {@value #MAX_MILLIS} (default 2000 ms) is counted as a failure
 * too, so a plugin whose listener keeps hanging is paused.
 */
@ApplicationScoped
public class ContentEventDispatch {

  /** Configuration key: the longest a listener call may take before it counts as a failure. */
  public static final String MAX_MILLIS = "cms.plugins.listener-max-millis";

  private static final Logger LOG = Logger.getLogger(ContentEventDispatch.class.getName());

  @Inject private PluginPlatform platform;
  @Inject private Config config;

  @Resource private ManagedExecutorService executor;

  private final Queue<ContentChanged> pending = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
    pending.add(change);
    schedule();
  }

  private void schedule() {
    if (!pending.isEmpty() && draining.compareAndSet(false, true)) {
      try {
        executor.execute(this::drain);
      } catch (RejectedExecutionException e) {
        draining.set(false);
        LOG.log(Level.WARNING, "Plugin listeners not told of a change", e);
      }
    }
  }

  private void drain() {
    try {
      for (ContentChanged change = pending.poll(); change != null; change = pending.poll()) {
        tell(change.toPluginEvent());
      }
    } finally {
      draining.set(false);
    }
    schedule();
  }

  private void tell(ContentEvent event) {
    Duration limit =
        Duration.ofMillis(config.getOptionalValue(MAX_MILLIS, Long.class).orElse(2000L));
    ListenerCalls.tell(platform.registry().all(), platform.invoker(), event, limit);
  }
}
