package nl.techniekpact.cms.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Whether this node's web module serves yet: every listener (JSF's configuration included) and the
 * Faces servlet are initialized. Opened once by {@link ServingSignal}; opening fires {@link
 * ServingStarted}, so background work waiting for it starts at once.
 *
 * <pre>{@code
 * @Inject Serving serving;
 * if (serving.started() && database.isReady()) { ... start the background load ... }
 * }</pre>
 */
@ApplicationScoped
public class Serving {

  /** Logged once when the web module has started; the background loads begin after it. */
  public static final String STARTED_LOG = "Web module serves; background loads may start";

  private static final Logger LOG = Logger.getLogger(Serving.class.getName());

  @Inject private Event<ServingStarted> started;

  private final AtomicBoolean open = new AtomicBoolean();

  /** True once the web module has started; never false again for this deployment. */
  public boolean started() {
    return open.get();
  }

  /** Marks the web module started and fires {@link ServingStarted}, once. */
  void open() {
    if (open.compareAndSet(false, true)) {
      LOG.info(STARTED_LOG);
      started.fire(new ServingStarted());
    }
  }
}
