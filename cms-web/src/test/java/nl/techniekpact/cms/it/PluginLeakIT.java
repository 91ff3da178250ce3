package nl.techniekpact.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.techniekpact.cms.plugin.host.FixtureJars;
import org.junit.jupiter.api.Test;

/**
 * The leak check inside the running server: a plugin installed, used by every kind of request (its
 * REST endpoint, its home fragment, its Faces page, a static file) and removed, again and again,
 * leaves none of its class loaders behind once the server's garbage collector ran (triggered with
 * {@code jcmd}; the IT server clears soft references at every collection, see ADR 0005); the
 * plugins health check counts them through weak references. With {@code
 * -Dcms.it.leak-heap-dump=PATH} a failing run writes a heap dump of the server to PATH first, to
 * find what still holds a loader.
 */
class PluginLeakIT extends DeployedCms {

  private static final int CYCLES = 10;
  private static final String LABEL = "example-internships@";
  private static final ApiToken ADMIN = ApiToken.of("admin", "it-admin-Secret-2026");

  @Test
  void installCallUpgradeRemoveCyclesLeaveNoPluginClassLoaderInTheServer() throws Exception {
    byte[] jar = FixtureJars.bytes("internships");
    byte[] upgrade = FixtureJars.bytes("internships-upgrade");
    // loaders of plugin versions that earlier tests left installed
    collectGarbageInServer();
    long before = internshipLoadersAlive();
    for (int i = 0; i < CYCLES; i++) {
      install("internships.jar", jar);
      assertThat(get("api/v1/plugins/example-internships/about").body())
          .contains("\"version\":\"1.0.0\"");
      HttpResponse<String> places = get("api/v1/plugins/example-internships/places");
      // written with the plugin's own JSON-B, then tagged as every API read
      assertThat(places.body()).startsWith("[{").contains("\"organisation\":");
      assertThat(places.headers().firstValue("ETag")).isPresent();
      assertThat(get("").body()).contains("plugin-internships");
      assertThat(get("p/example-internships/places").statusCode()).isEqualTo(200);
      assertThat(get("p/example-internships/1.0.0/static/css/internships.css").statusCode())
          .isEqualTo(200);
      // an upgrade unloads the old version too
      install("internships-upgrade.jar", upgrade);
      assertThat(get("api/v1/plugins/example-internships/about").body())
          .contains("\"version\":\"1.1.0\"");
      assertThat(
              send(request("api/v1/plugins/example-internships/installation")
                      .header("Authorization", ADMIN.header())
                      .DELETE()
                      .build())
                  .statusCode())
          .isEqualTo(204);
    }

    long alive = Long.MAX_VALUE;
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (alive > before && Instant.now().isBefore(until)) {
      collectGarbageInServer();
      alive = internshipLoadersAlive();
    }
    System.out.println(
        "PluginLeakIT: "
            + CYCLES
            + " install/use/upgrade/use/remove cycles in the server, "
            + (alive - before)
            + " more plugin class loaders alive after GC than before");
    String dump = System.getProperty("cms.it.leak-heap-dump");
    if (dump != null && alive > before) {
      jcmd("GC.heap_dump", dump);
    }
    // no more than before: loaders that earlier tests left may be collected meanwhile
    assertThat(alive)
        .as("class loaders of removed plugins still reachable")
        .isLessThanOrEqualTo(before);
  }

  private static void install(String name, byte[] jar) throws Exception {
    Multipart form = Multipart.withJar(name, jar);
    HttpResponse<String> installed =
        send(
            request("api/v1/plugins")
                .header("Authorization", ADMIN.header())
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body()))
                .build());
    assertThat(installed.statusCode()).as(installed.body()).isEqualTo(201);
  }

  private static long internshipLoadersAlive() throws Exception {
    JsonObject health;
    try (var reader = Json.createReader(new StringReader(get("health").body()))) {
      health = reader.readObject();
    }
    for (JsonValue check : health.getJsonArray("checks")) {
      JsonObject object = check.asJsonObject();
      if (object.getString("name").equals("plugins")) {
        JsonObject data = object.getJsonObject("data");
        String byPlugin =
            data.containsKey("classLoadersByPlugin") ? data.getString("classLoadersByPlugin") : "";
        return byPlugin.lines().count() == 0
            ? 0
            : List.of(byPlugin.replaceAll("[{}]", "").split(",\\s*")).stream()
                .filter(entry -> entry.startsWith(LABEL))
                .mapToLong(entry -> Long.parseLong(entry.substring(entry.indexOf('=') + 1)))
                .sum();
      }
    }
    throw new AssertionError("no plugins health check in " + health);
  }

  /** Runs a full GC in the Payara process serving the tests, through the JDK's jcmd. */
  private static void collectGarbageInServer() throws Exception {
    jcmd("GC.run");
    Thread.sleep(500);
  }

  private static void jcmd(String... command) throws Exception {
    String port = String.valueOf(CmsDeployment.baseUri().getPort());
    ProcessHandle server =
        ProcessHandle.allProcesses()
            .filter(
                p -> {
                  String line = p.info().commandLine().orElse("");
                  return line.contains("payara-micro") && line.contains("--port " + port);
                })
            .findFirst()
            .orElseThrow(() -> new AssertionError("no Payara process on port " + port));
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process process =
        new ProcessBuilder(
                Stream.concat(
                        Stream.of(jcmd.toString(), Long.toString(server.pid())), Stream.of(command))
                    .toList())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
  }
}
