package nl.techniekpact.cms.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import nl.techniekpact.cms.plugin.host.FixtureJars;

/**
 * The suite server's drop-in directory ({@code ${cms.data.dir}/plugins/drop-in}): the tests manage
 * plugins through it, which runs the same lifecycle service as the REST API.
 */
public final class DropIn {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final Duration TIMEOUT = Duration.ofSeconds(40);

  /**
   * What the server did with a dropped file.
   *
   * @param done whether it was handled (else refused)
   * @param reason why it was refused
   */
  public record Outcome(boolean done, String reason) {}

  private DropIn() {}

  static Path dir() {
    return Path.of(System.getProperty("cms.it.dataDir", "target/it-data"), "plugins", "drop-in");
  }

  /** Drops a fixture jar and waits until the server handled it. */
  public static Outcome install(String fixture) {
    return drop(fixture + "-" + COUNTER.incrementAndGet() + ".jar", FixtureJars.bytes(fixture));
  }

  /** Drops a command ({@code enable}, {@code disable}, {@code remove}) and waits for it. */
  public static Outcome command(String pluginId, String action) {
    return drop(pluginId + "." + action, new byte[0]);
  }

  private static Outcome drop(String name, byte[] bytes) {
    try {
      Files.createDirectories(dir());
      // outcomes of an earlier file with the same name must not be taken for this one's
      delete(dir().resolve("done").resolve(name));
      delete(dir().resolve("failed").resolve(name));
      delete(dir().resolve("failed").resolve(name + ".reason.txt"));
      Path temp = Files.write(dir().resolve("." + name + ".part"), bytes);
      Files.move(temp, dir().resolve(name), StandardCopyOption.ATOMIC_MOVE);
      Instant until = Instant.now().plus(TIMEOUT);
      while (Instant.now().isBefore(until)) {
        if (Files.exists(dir().resolve("done").resolve(name))) {
          return new Outcome(true, null);
        }
        Path reason = dir().resolve("failed").resolve(name + ".reason.txt");
        if (Files.exists(reason)) {
          Thread.sleep(100);
          return new Outcome(false, Files.readString(reason).strip());
        }
        Thread.sleep(200);
      }
      throw new AssertionError("The server did not handle drop-in " + name + " within " + TIMEOUT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Removes a plugin if it is installed. */
  public static Optional<String> removeQuietly(String pluginId) {
    Outcome outcome = command(pluginId, "remove");
    return Optional.ofNullable(outcome.reason());
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
