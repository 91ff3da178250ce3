package nl.techniekpact.cms.plugin.host;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.cms.web.ErrorKind;

/**
 * The one way into plugin code. Around every call it sets the thread's context class loader to the
 * plugin's, times the call, and catches what the plugin throws; failures are counted per plugin,
 * and a plugin that fails {@code maxFailures} times within {@code window} is paused through the
 * {@link PauseHandler} with the reason. The host never lets a plugin's exception reach a visitor.
 *
 * <pre>{@code
 * Optional<String> html = invoker.call(plugin, "fragment home", () -> fragment.render(request));
 * }</pre>
 */
public final class PluginInvoker {

  private static final Logger LOG = Logger.getLogger(PluginInvoker.class.getName());

  /** Told to pause a plugin that failed too often. */
  @FunctionalInterface
  public interface PauseHandler {
    /** Pauses the plugin, storing the reason. */
    void pause(String pluginId, String reason);
  }

  /**
   * When a plugin is paused and when a call counts as slow.
   *
   * @param maxFailures failures within the window that pause a plugin
   * @param window the window
   * @param slowCall calls taking longer are logged
   */
  public record Policy(int maxFailures, Duration window, Duration slowCall) {

    /** Five failures within a minute; calls over a second are slow. */
    public static final Policy DEFAULT =
        new Policy(5, Duration.ofMinutes(1), Duration.ofSeconds(1));
  }

  private final Policy policy;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private volatile PauseHandler pauseHandler = (id, reason) -> {};
  private volatile Consumer<String> failureListener = id -> {};

  /** An invoker with a policy and a clock. */
  public PluginInvoker(Policy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * Sets who is told of each failed call, on the calling thread (the platform fires {@link
   * PluginCallFailed} from it, so a page showing a placeholder is not cached).
   */
  public void onFailure(Consumer<String> listener) {
    this.failureListener = listener;
  }

  /** Sets who pauses plugins (the lifecycle, once it exists). */
  public void onPause(PauseHandler handler) {
    this.pauseHandler = handler;
  }

  /**
   * Calls into a plugin.
   *
   * @param plugin the plugin
   * @param operation what is called, for logs and the pause reason (for example {@code fragment
   *     home})
   * @param call the call
   * @return its result, or empty when it threw (the failure is logged and counted)
   * @throws IllegalStateException when the call failed because the database cannot be reached
   *     ({@link ErrorKind#isDatabaseUnavailable}): that is not the plugin's failure, and the
   *     request answers 503 as any other that meets the outage
   */
  @SuppressWarnings("try") // the scope sets and restores the context class loader
  public <T> java.util.Optional<T> call(ActivePlugin plugin, String operation, Callable<T> call) {
    try (Scope scope = enter(plugin, operation)) {
      return java.util.Optional.ofNullable(call.call());
    } catch (Exception | LinkageError | StackOverflowError e) {
      if (ErrorKind.isDatabaseUnavailable(e)) {
        throw new IllegalStateException(
            "Plugin " + plugin.id() + " met the database outage in " + operation, e);
      }
      failed(plugin.id(), operation, e);
      return java.util.Optional.empty();
    }
  }

  /**
   * Sets the plugin's class loader as context class loader until the scope closes, and times it;
   * for calls the container makes (JAX-RS resource methods), which report failures through {@link
   * #failed}.
   */
  public Scope enter(ActivePlugin plugin, String operation) {
    return new Scope(plugin.id(), operation, plugin.classLoader());
  }

  /** Runs host-side plugin lifecycle work (start, stop, creating extensions) in its loader. */
  static <T> T inLoader(ClassLoader loader, Callable<T> work) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return work.call();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /**
   * Counts a failure of a plugin; pauses it when it failed too often. A failure because the
   * database cannot be reached is not the plugin's, and is not counted.
   *
   * @param pluginId the plugin
   * @param operation what failed
   * @param error what it threw
   */
  public void failed(String pluginId, String operation, Throwable error) {
    if (ErrorKind.isDatabaseUnavailable(error)) {
      LOG.fine(() -> "Plugin " + pluginId + " met the database outage in " + operation);
      return;
    }
    LOG.log(Level.WARNING, "Plugin " + pluginId + " failed in " + operation, error);
    try {
      failureListener.accept(pluginId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A listener of plugin failures failed", e);
    }
    Instant now = clock.instant();
    Deque<Instant> times = failures.computeIfAbsent(pluginId, id -> new ArrayDeque<>());
    int count;
    synchronized (times) {
      times.addLast(now);
      Instant oldest = now.minus(policy.window());
      while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
        times.removeFirst();
      }
      count = times.size();
      if (count >= policy.maxFailures()) {
        times.clear();
      }
    }
    if (count >= policy.maxFailures()) {
      String reason =
          "Paused after "
              + count
              + " failures within "
              + policy.window().toSeconds()
              + " s; last in "
              + operation
              + ": "
              + describe(error);
      LOG.warning(() -> "Pausing plugin " + pluginId + ": " + reason);
      try {
        pauseHandler.pause(pluginId, reason);
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Could not pause plugin " + pluginId, e);
      }
    }
  }

  /** Recent failures of a plugin, within the window. */
  public int recentFailures(String pluginId) {
    Deque<Instant> times = failures.get(pluginId);
    if (times == null) {
      return 0;
    }
    Instant oldest = clock.instant().minus(policy.window());
    synchronized (times) {
      return (int) times.stream().filter(time -> !time.isBefore(oldest)).count();
    }
  }

  /** Forgets a plugin's failures (it was restarted, upgraded or removed). */
  public void reset(String pluginId) {
    failures.remove(pluginId);
  }

  static String describe(Throwable error) {
    String message = error.getMessage();
    String text = error.getClass().getName() + (message == null ? "" : ": " + message);
    return text.length() > 500 ? text.substring(0, 500) + "…" : text;
  }

  /** An open call into a plugin; closing it restores the context class loader. */
  public final class Scope implements AutoCloseable {
    private final String pluginId;
    private final String operation;
    private final ClassLoader previous;
    private final long started = System.nanoTime();

    private Scope(String pluginId, String operation, ClassLoader loader) {
      this.pluginId = pluginId;
      this.operation = operation;
      Thread thread = Thread.currentThread();
      this.previous = thread.getContextClassLoader();
      thread.setContextClassLoader(loader);
    }

    @Override
    public void close() {
      Thread.currentThread().setContextClassLoader(previous);
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      if (took.compareTo(policy.slowCall()) > 0) {
        LOG.warning(
            () -> "Plugin " + pluginId + " took " + took.toMillis() + " ms in " + operation);
      }
    }
  }
}
