package nl.techniekpact.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx with the example configuration of docs/operations.md, in a directory of its own
 * (no system files touched), in the foreground, one process.
 */
final class Nginx implements AutoCloseable {

  static final Path BINARY = Path.of("/usr/sbin/nginx");
  static final Path EXAMPLE =
      Path.of(
          System.getProperty(
              "cms.nginx.example", "../docs/operations/nginx-techniekpact-cms.conf"));

  private final Process process;
  private final Path log;

  private Nginx(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Whether nginx is installed ({@code .ci/run} installs it). */
  static boolean installed() {
    return Files.isExecutable(BINARY);
  }

  /**
   * Writes a main configuration into {@code dir} that includes {@code site}, with pid file, logs
   * and temporary files in {@code dir}.
   */
  static Path mainConfig(Path dir, Path site) throws IOException {
    Files.createDirectories(dir.resolve("logs"));
    Path main = dir.resolve("nginx.conf");
    Files.writeString(
        main,
        String.join(
            "\n",
            "daemon off;",
            "master_process off;",
            "pid " + dir.resolve("nginx.pid") + ";",
            "error_log " + dir.resolve("logs/error.log") + " warn;",
            "events { worker_connections 256; }",
            "http {",
            "  access_log off;",
            "  client_body_temp_path " + dir.resolve("client-body") + ";",
            "  proxy_temp_path " + dir.resolve("proxy") + ";",
            "  fastcgi_temp_path " + dir.resolve("fastcgi") + ";",
            "  uwsgi_temp_path " + dir.resolve("uwsgi") + ";",
            "  scgi_temp_path " + dir.resolve("scgi") + ";",
            "  include " + site.toAbsolutePath() + ";",
            "}",
            ""));
    return main;
  }

  /**
   * The example site with its listen address and node addresses replaced: nginx on 127.0.0.1:{@code
   * port} in front of the nodes on 127.0.0.1:{@code nodePorts}.
   */
  static Path siteFor(Path dir, int port, List<Integer> nodePorts) throws IOException {
    String site = Files.readString(EXAMPLE);
    if (!site.contains("127.0.0.1:8081") || !site.contains("127.0.0.1:8082")) {
      throw new IllegalStateException(EXAMPLE + " no longer names the nodes 127.0.0.1:8081/8082");
    }
    site =
        site.replace("listen 80;", "listen 127.0.0.1:" + port + ";")
            .replace("listen [::]:80;", "")
            .replace("127.0.0.1:8081", "127.0.0.1:" + nodePorts.get(0))
            .replace("127.0.0.1:8082", "127.0.0.1:" + nodePorts.get(1));
    Path file = dir.resolve("site.conf");
    Files.createDirectories(dir);
    Files.writeString(file, site);
    return file;
  }

  /** {@code nginx -t}: the exit code and what it said. */
  static Result test(Path dir, Path main) throws Exception {
    Path out = dir.resolve("nginx-t.log");
    Process check =
        new ProcessBuilder(BINARY.toString(), "-t", "-p", dir.toString(), "-c", main.toString())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    if (!check.waitFor(30, TimeUnit.SECONDS)) {
      check.destroyForcibly();
      throw new AssertionError("nginx -t did not finish");
    }
    return new Result(check.exitValue(), Files.readString(out));
  }

  /** Starts nginx with {@code main} in the foreground. */
  static Nginx start(Path dir, Path main) throws IOException {
    Path log = dir.resolve("nginx.out");
    Process process =
        new ProcessBuilder(BINARY.toString(), "-p", dir.toString(), "-c", main.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    return new Nginx(process, log);
  }

  String log() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  /** What {@code nginx -t} answered. */
  record Result(int exitCode, String output) {}
}
