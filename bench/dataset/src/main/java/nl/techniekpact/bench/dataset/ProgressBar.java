package nl.techniekpact.bench.dataset;

import java.io.PrintStream;
import java.time.Duration;

/**
 * A one-line progress bar on a terminal ({@code \r}), redrawn at most ten times a second; on a
 * non-terminal it prints a line every 10%.
 */
final class ProgressBar {

  private static final int WIDTH = 40;

  private final PrintStream out;
  private final String label;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long lastDrawn;
  private int lastTenth = -1;

  ProgressBar(PrintStream out, String label) {
    this.out = out;
    this.label = label;
    this.terminal = System.console() != null;
  }

  void show(int done, int total) {
    long now = System.nanoTime();
    boolean finished = done >= total;
    int tenth = total == 0 ? 10 : (int) (10L * done / total);
    if (!terminal) {
      if (tenth != lastTenth || finished) {
        lastTenth = tenth;
        out.println(line(done, total, now));
      }
      return;
    }
    if (!finished && now - lastDrawn < 100_000_000L) {
      return;
    }
    lastDrawn = now;
    out.print("\r" + line(done, total, now) + (finished ? "\n" : ""));
    out.flush();
  }

  private String line(int done, int total, long now) {
    double share = total == 0 ? 1 : (double) done / total;
    int filled = (int) Math.round(share * WIDTH);
    Duration elapsed = Duration.ofNanos(now - started);
    double perSecond = elapsed.toMillis() == 0 ? 0 : done * 1000.0 / elapsed.toMillis();
    long etaSeconds = perSecond == 0 ? 0 : Math.round((total - done) / perSecond);
    return String.format(
        "%s [%s%s] %3.0f%% %,d/%,d  %,.0f/s  %ds elapsed, ~%ds left",
        label,
        "#".repeat(filled),
        " ".repeat(WIDTH - filled),
        share * 100,
        done,
        total,
        perSecond,
        elapsed.toSeconds(),
        etaSeconds);
  }
}
