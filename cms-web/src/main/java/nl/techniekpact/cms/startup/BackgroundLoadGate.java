package nl.techniekpact.cms.startup;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When background loads may start (ADR 0039): once the web module serves, at the first page
 * rendered or, when no page is asked for, after a grace period. Opens once and stays open. Plain
 * state without a clock of its own: callers pass {@link System#nanoTime()}.
 */
final class BackgroundLoadGate {

  private final long graceNanos;
  private final AtomicBoolean open = new AtomicBoolean();
  private volatile long servingSince;
  private volatile boolean serving;

  BackgroundLoadGate(Duration grace) {
    this.graceNanos = grace.toNanos();
  }

  /**
   * The web module serves from {@code now} on; only the first call counts.
   *
   * @return whether this was the first call
   */
  boolean serving(long now) {
    if (serving) {
      return false;
    }
    servingSince = now; // before the flag: whoever sees the flag sees the moment
    serving = true;
    return true;
  }

  /**
   * A page was rendered.
   *
   * @return the reason the gate opened with this call, or empty when it was open already or the web
   *     module does not serve yet
   */
  Optional<String> pageRendered() {
    return serving ? openOnce("first page rendered") : Optional.empty();
  }

  /**
   * Whether background loads may start at {@code now}.
   *
   * @return the reason the gate opened with this call, empty when it was open already or stays
   *     closed; see {@link #isOpen()}
   */
  Optional<String> check(long now) {
    if (open.get() || !serving || now - servingSince < graceNanos) {
      return Optional.empty();
    }
    return openOnce("no page asked for in the first " + graceNanos / 1_000_000_000L + " s");
  }

  /** Whether the web module serves. */
  boolean isServing() {
    return serving;
  }

  /** True once background loads may start; never false again. */
  boolean isOpen() {
    return open.get();
  }

  private Optional<String> openOnce(String reason) {
    return open.compareAndSet(false, true) ? Optional.of(reason) : Optional.empty();
  }
}
