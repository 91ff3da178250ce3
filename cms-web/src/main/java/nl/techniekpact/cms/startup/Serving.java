package nl.techniekpact.cms.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Whether background loads (the case listing, then the search index) may start: not before the
 * first page is rendered, or {@link #GRACE} after the web module started when no page is asked for,
 * so on a small machine they do not compete with the first page for the processor (ADR 0026, 0039).
 * Opening the gate fires {@link BackgroundLoadsMayStart}.
 *
 * <pre>{@code
 * @Inject Serving serving;
 * if (serving.backgroundLoadsMayStart() && database.isReady()) { ... start the load ... }
 * }</pre>
 */
@ApplicationScoped
public class Serving {

  /** Logged once when the web module has started. */
  public static final String STARTED_LOG = "Web module serves";

  /** Logged once, with the reason, when background loads may start. */
  public static final String LOADS_LOG = "Background loads may start: ";

  /** How long background loads wait for a first page at most. */
  static final Duration GRACE = Duration.ofSeconds(10);

  private static final Logger LOG = Logger.getLogger(Serving.class.getName());

  @Inject private Event<BackgroundLoadsMayStart> loadsMayStart;

  private final BackgroundLoadGate gate = new BackgroundLoadGate(GRACE);

  /**
   * True once background loads may start: the first page was rendered, or the web module has served
   * for {@link #GRACE}. Never false again for this deployment.
   */
  public boolean backgroundLoadsMayStart() {
    if (gate.isOpen()) {
      return true;
    }
    opened(gate.check(System.nanoTime()));
    return gate.isOpen();
  }

  /**
   * True once the web module has started: the application's beans, startup singletons included, are
   * initialized. Payara serves its own endpoints (such as {@code /health}) before that, while a
   * call into a startup singleton is refused with a logged stack trace.
   */
  public boolean webModuleServes() {
    return gate.isServing();
  }

  /**
   * Tells that a page was rendered; the first one lets the background loads start at once. Cheap
   * after that (one volatile read): called for every rendered public page.
   */
  public void pageRendered() {
    if (!gate.isOpen()) {
      opened(gate.pageRendered());
    }
  }

  /** Marks the web module started, once. */
  void open() {
    if (gate.serving(System.nanoTime())) {
      LOG.info(STARTED_LOG);
    }
  }

  private void opened(Optional<String> reason) {
    reason.ifPresent(
        why -> {
          LOG.info(LOADS_LOG + why);
          loadsMayStart.fire(new BackgroundLoadsMayStart());
        });
  }
}
