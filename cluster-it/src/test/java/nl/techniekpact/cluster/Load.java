package nl.techniekpact.cluster;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A little load: one client asking for the home page every 50 ms until stopped (at most a minute),
 * counting answers and remembering every failure.
 */
final class Load {

  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicInteger answered = new AtomicInteger();
  private final List<String> failures = new CopyOnWriteArrayList<>();
  private final Thread thread;

  private Load(String name, int port) {
    thread =
        new Thread(
            () -> {
              long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
              while (running.get() && System.nanoTime() < end) {
                try {
                  HttpResponse<String> page = Http.get(port, "");
                  if (page.statusCode() == 200) {
                    answered.incrementAndGet();
                  } else {
                    failures.add("status " + page.statusCode());
                  }
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  return;
                } catch (Exception e) {
                  failures.add(e.toString());
                }
              }
            },
            name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Starts asking {@code 127.0.0.1:port}. */
  static Load on(String name, int port) {
    return new Load(name, port);
  }

  /** Stops and waits for the last request. */
  Load stop() throws InterruptedException {
    running.set(false);
    thread.join(Duration.ofSeconds(30).toMillis());
    return this;
  }

  int answered() {
    return answered.get();
  }

  List<String> failures() {
    return failures;
  }
}
