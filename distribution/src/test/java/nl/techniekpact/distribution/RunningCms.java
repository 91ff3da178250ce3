package nl.techniekpact.distribution;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The distribution as a user runs it: a separate {@code java -jar techniekpact-cms.jar} (or
 * launcher script) process, its log captured to a file, stopped on {@link #close()}. Shared with
 * other modules' integration tests (cluster-it) through this module's test jar.
 */
public final class RunningCms implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Process process;
  private final Path log;
  private final String host;
  private final int port;
  private final long startedNanos;

  private RunningCms(Process process, Path log, String host, int port, long startedNanos) {
    this.process = process;
    this.log = log;
    this.host = host;
    this.port = port;
    this.startedNanos = startedNanos;
  }

  /** Starts {@code command} in {@code workDir} with extra environment variables. */
  public static RunningCms start(
      List<String> command, Path workDir, Map<String, String> env, int port) throws IOException {
    return start(command, workDir, env, "localhost", port);
  }

  /** Starts {@code command}, to be asked for pages at {@code host}. */
  public static RunningCms start(
      List<String> command, Path workDir, Map<String, String> env, String host, int port)
      throws IOException {
    Files.createDirectories(workDir);
    Path log = workDir.resolve("cms-" + port + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(env);
    long started = System.nanoTime();
    return new RunningCms(builder.start(), log, host, port, started);
  }

  /** The uber jar built by this module. */
  public static Path uberJar() {
    return Path.of(System.getProperty("cms.uberjar", "target/techniekpact-cms.jar"))
        .toAbsolutePath();
  }

  /** A {@code java} command for the uber jar with the given arguments. */
  public static List<String> javaJar(String... args) {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                uberJar().toString()));
    command.addAll(List.of(args));
    return command;
  }

  /** The launcher script the README starts the CMS with, next to the uber jar. */
  public static Path launcherScript() {
    return uberJar().resolveSibling("techniekpact-cms");
  }

  /** A command that starts the CMS through the launcher script with the given arguments. */
  public static List<String> launcher(String... args) {
    List<String> command = new java.util.ArrayList<>(List.of(launcherScript().toString()));
    command.addAll(List.of(args));
    return command;
  }

  /**
   * Waits until {@code path} answers with {@code status} and a body containing {@code text}.
   *
   * @return the seconds from process start until then
   */
  public double await(String path, int status, String text, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("CMS exited with " + process.exitValue() + ":\n" + log());
      }
      try {
        HttpResponse<String> response = get(path);
        if (response.statusCode() == status && response.body().contains(text)) {
          return (System.nanoTime() - startedNanos) / 1e9;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError(
        path + " did not answer " + status + " within " + timeout + ":\n" + log());
  }

  /** Waits until the log contains {@code text}. */
  public void awaitLog(String text, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!log().contains(text)) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        throw new AssertionError("log never showed \"" + text + "\":\n" + log());
      }
      Thread.sleep(200);
    }
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/" + path))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Sends a GET as a user with HTTP Basic. */
  public HttpResponse<String> get(String path, String user, String password)
      throws IOException, InterruptedException {
    return send(path, user, password, "GET");
  }

  /** Sends a DELETE as a user with HTTP Basic. */
  public HttpResponse<String> delete(String path, String user, String password)
      throws IOException, InterruptedException {
    return send(path, user, password, "DELETE");
  }

  private HttpResponse<String> send(String path, String user, String password, String method)
      throws IOException, InterruptedException {
    String credentials =
        java.util.Base64.getEncoder()
            .encodeToString(
                (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/" + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Basic " + credentials)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public String log() throws IOException {
    return Files.readString(log);
  }

  /** The HTTP port it was started on. */
  public int port() {
    return port;
  }

  /** Whether the process still runs. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** Kills the process at once, as {@code kill -9} does: no shutdown hooks, nothing flushed. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /**
   * Stops the process as a service manager does (SIGTERM) and waits for it to exit; a start through
   * the launcher without a class data archive writes one as it exits (ADR 0029), which takes
   * seconds on a busy machine; an AOT cache on Java 25+ (ADR 0033) takes up to a minute.
   */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
