package nl.techniekpact.cms.plugin.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A directory an operator drops plugin jars into ({@code ${cms.data.dir}/plugins/drop-in} by
 * default, setting {@code cms.plugins.drop-in.dir}), scanned when the CMS starts and every few
 * seconds while it runs. Each file goes through {@link PluginLifecycle}, like an upload:
 *
 * <ul>
 *   <li>{@code something.jar}: installs the plugin, or upgrades it when its id is installed;
 *   <li>an empty file {@code <plugin-id>.enable}, {@code .disable} or {@code .remove}: does that to
 *       the installed plugin; also the way back in when the back office is unreachable.
 * </ul>
 *
 * <p>A handled file is moved to {@code done/}; a refused one to {@code failed/}, next to a {@code
 * .reason.txt} saying why, and the reason is logged. A file is left alone until it has not changed
 * for a moment, so a copy in progress is not read half-written (copy to a name starting with a dot
 * and rename, to be sure).
 */
public final class DropInDirectory {

  private static final Logger LOG = Logger.getLogger(DropInDirectory.class.getName());
  private static final Pattern COMMAND =
      Pattern.compile("([a-z][a-z0-9-]{1,62})\\.(enable|disable|remove)");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS");

  /** Who the lifecycle records as having acted. */
  static final String ACTOR = "drop-in";

  private final Path dir;
  private final PluginLifecycle lifecycle;
  private final Clock clock;
  private final Duration settle;

  /**
   * A drop-in directory.
   *
   * @param dir the directory (created when missing)
   * @param lifecycle the lifecycle that does the work
   * @param clock the clock
   * @param settle how long a file must be unchanged before it is read
   */
  public DropInDirectory(Path dir, PluginLifecycle lifecycle, Clock clock, Duration settle) {
    this.dir = dir.toAbsolutePath().normalize();
    this.lifecycle = lifecycle;
    this.clock = clock;
    this.settle = settle;
  }

  /** The directory. */
  public Path dir() {
    return dir;
  }

  /** Handles every settled file; never throws. */
  public void scan() {
    try {
      Files.createDirectories(dir.resolve("done"));
      Files.createDirectories(dir.resolve("failed"));
      for (Path file : settledFiles()) {
        handle(file);
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Drop-in directory " + dir + " could not be scanned", e);
    }
  }

  private List<Path> settledFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    Instant settledBefore = clock.instant().minus(settle);
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (Files.isRegularFile(entry)
            && !name.startsWith(".")
            && Files.getLastModifiedTime(entry).toInstant().isBefore(settledBefore)) {
          files.add(entry);
        }
      }
    }
    files.sort(null);
    return files;
  }

  private void handle(Path file) throws IOException {
    String name = file.getFileName().toString();
    Matcher command = COMMAND.matcher(name);
    try {
      if (name.endsWith(".jar")) {
        InstalledPlugin plugin = lifecycle.install(Files.readAllBytes(file), name, ACTOR);
        LOG.info(() -> "Drop-in " + name + " installed as " + plugin.label());
      } else if (command.matches()) {
        String id = command.group(1);
        switch (command.group(2)) {
          case "enable" -> lifecycle.enable(id, ACTOR);
          case "disable" -> lifecycle.disable(id, ACTOR);
          default -> lifecycle.remove(id, ACTOR);
        }
        LOG.info(() -> "Drop-in " + name + " done");
      } else {
        refuse(
            file,
            "not a plugin jar (*.jar) nor a command (<plugin-id>.enable, .disable or .remove)");
        return;
      }
      move(file, dir.resolve("done"));
    } catch (PluginRefusedException e) {
      refuse(file, e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Drop-in " + name + " failed", e);
      refuse(file, "failed: " + PluginInvoker.describe(e));
    }
  }

  private void refuse(Path file, String reason) throws IOException {
    String name = file.getFileName().toString();
    LOG.warning(() -> "Drop-in " + name + " refused: " + reason);
    Path moved = move(file, dir.resolve("failed"));
    Files.writeString(
        moved.resolveSibling(moved.getFileName() + ".reason.txt"),
        reason + System.lineSeparator(),
        StandardCharsets.UTF_8);
  }

  private Path move(Path file, Path targetDir) throws IOException {
    Path target = targetDir.resolve(file.getFileName());
    if (Files.exists(target)) {
      target =
          targetDir.resolve(
              STAMP.format(clock.instant().atZone(java.time.ZoneOffset.UTC))
                  + "-"
                  + file.getFileName());
    }
    return Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
  }
}
