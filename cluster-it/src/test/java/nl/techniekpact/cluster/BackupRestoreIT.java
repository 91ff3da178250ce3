package nl.techniekpact.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import nl.techniekpact.distribution.RunningCms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution's jar on PostgreSQL, and the backup and restore procedure of docs/operations.md
 * with Debian's {@code pg_dump} and {@code pg_restore}: a CMS configured for an empty PostgreSQL
 * database loads the seed there; content written by the running CMS (the seed, a plugin with its
 * jar) is dumped while the CMS runs, restored into a fresh database, and a CMS started on that
 * database serves it without migrating or seeding again; when that database restarts under it, the
 * CMS answers 503 at once meanwhile, logs the outage once, and carries on by itself.
 */
class BackupRestoreIT {

  private static final int PORT = 18393;
  private static final Duration BOOT = Duration.ofSeconds(360);
  private static final String ADMIN_PASSWORD = "backup-Admin-Secret-2026";
  private static final String ABOUT = "api/v1/plugins/example-internships/about";

  @TempDir Path workDir;

  @Test
  void onPostgresqlLoadsTheSeedRidesOutADatabaseRestartAndServesADumpRestoredIntoAFreshDatabase()
      throws Exception {
    Path pgData = workDir.resolve("pgdata");
    EmbeddedPostgres postgres = startPostgres(pgData, 0);
    try {
      try (Connection c = postgres.getPostgresDatabase().getConnection()) {
        c.createStatement().execute("CREATE USER cms WITH PASSWORD 'cms-secret'");
        c.createStatement().execute("CREATE DATABASE cms OWNER cms");
      }
      Path dump = workDir.resolve("cms.dump");
      try (RunningCms cms = start(postgres, "cms", "first")) {
        cms.await("health", 200, "\"status\":\"UP\"", BOOT);
        // the configured database, named without its password, holds the seed
        assertThat(cms.get("health").body())
            .contains("\"product\":\"PostgreSQL\"")
            .doesNotContain("cms-secret");
        assertThat(cms.get("").body()).contains("Vakkrachten behouden door te investeren");
        assertThat(cms.get("api/v1/goals").body()).contains("\"number\":12");
        assertThat(
                count(
                    postgres,
                    "cms",
                    "SELECT count(*) FROM goal JOIN pact ON goal.pact_id = pact.id"))
            .isEqualTo(12);
        assertThat(cms.log()).contains("Empty database: loaded the seed content");
        byte[] jar = Files.readAllBytes(Path.of(System.getProperty("cms.fixture.internships")));
        HttpResponse<String> installed =
            Http.send(
                Http.request(PORT, "api/v1/plugins")
                    .header("Authorization", Http.basic("admin", ADMIN_PASSWORD))
                    .header("Content-Type", "application/java-archive")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(jar))
                    .build());
        assertThat(installed.statusCode()).as(installed.body()).isEqualTo(201);

        // the backup, taken while the CMS runs
        run(
            postgres,
            "pg_dump",
            "--format=custom",
            "--file=" + dump,
            "--host=127.0.0.1",
            "--port=" + postgres.getPort(),
            "--username=cms",
            "cms");
      }
      assertThat(Files.size(dump)).isGreaterThan(10_000);

      try (Connection c = postgres.getPostgresDatabase().getConnection()) {
        c.createStatement().execute("CREATE DATABASE cms_restored OWNER cms");
      }
      run(
          postgres,
          "pg_restore",
          "--exit-on-error",
          "--no-owner",
          "--host=127.0.0.1",
          "--port=" + postgres.getPort(),
          "--username=cms",
          "--dbname=cms_restored",
          dump.toString());

      try (RunningCms restored = start(postgres, "cms_restored", "restored")) {
        restored.await("health", 200, "\"status\":\"UP\"", BOOT);
        assertThat(restored.get("").body())
            .contains("Vakkrachten behouden door te investeren")
            .contains("plugin-internships");
        assertThat(restored.get(ABOUT).statusCode()).isEqualTo(200);
        assertThat(restored.get("api/v1/goals").body()).contains("\"number\":12");
        restored.awaitLog("Plugin host on plugin API", Duration.ofSeconds(30));
        assertThat(restored.log())
            .contains("up to date (0 applied)")
            .doesNotContain("Empty database: loaded the seed content");

        // the database restarts under the running CMS, as for an upgrade: meanwhile a temporary
        // unavailability, afterwards the CMS carries on by itself with fresh connections
        int port = postgres.getPort();
        postgres.close();
        HttpResponse<String> during = restored.get("api/v1/goals?outage");
        assertThat(during.statusCode()).as(during.body()).isEqualTo(503);
        assertThat(during.headers().firstValue("Content-Type").orElse(""))
            .startsWith("application/problem+json");
        for (String path : List.of("cases?outage", "doelen?outage")) {
          long start = System.nanoTime();
          HttpResponse<String> page = restored.get(path);
          long millis = (System.nanoTime() - start) / 1_000_000;
          System.out.printf(
              "During the outage %s answered %d in %d ms%n", path, page.statusCode(), millis);
          // EclipseLink's default retries held each such request 10 s
          assertThat(millis).as(path + " answered without waiting").isLessThan(5_000);
          assertThat(page.statusCode()).as(path).isEqualTo(503);
          assertThat(page.headers().firstValue("Retry-After")).as(path).hasValue("30");
          assertThat(page.body()).contains("Tijdelijk niet beschikbaar");
        }
        postgres = startPostgres(pgData, port);
        double back = restored.await("api/v1/goals", 200, "\"number\":12", Duration.ofSeconds(60));
        System.out.printf("Serving again %.1f s after process start%n", back);
        assertThat(restored.get("?after-outage").body())
            .contains("Vakkrachten behouden door te investeren");
        assertThat(restored.get("health").statusCode()).isEqualTo(200);
        assertThat(restored.get("cases").statusCode())
            .as("the plugin's page meeting the outage was not the plugin's failure")
            .isEqualTo(200);
        // the outage in the log: one line when it began, one when it ended; no request's stack
        // trace, neither from the container nor from EclipseLink
        String log = restored.log();
        assertThat(log.lines().filter(line -> line.contains("Database unreachable at"))).hasSize(1);
        assertThat(log).contains("Database reachable again at");
        assertThat(log).doesNotContain("threw exception").doesNotContain("Local Exception Stack");
      }
      assertThat(count(postgres, "cms_restored", "SELECT count(*) FROM goal"))
          .isEqualTo(count(postgres, "cms", "SELECT count(*) FROM goal"));
      assertThat(count(postgres, "cms_restored", "SELECT count(*) FROM account"))
          .as("the administrator was restored, not created again")
          .isEqualTo(1);
    } finally {
      postgres.close();
    }
  }

  /** PostgreSQL on a data directory that outlives it, so that it can be stopped and started. */
  private static EmbeddedPostgres startPostgres(Path dataDirectory, int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setPgBinaryResolver(BackupRestoreIT::clientMatchingServer)
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }

  private RunningCms start(EmbeddedPostgres postgres, String database, String name)
      throws IOException {
    Map<String, String> env =
        Map.of(
            "CMS_DB_URL",
            "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database,
            "CMS_DB_USER",
            "cms",
            "CMS_DB_PASSWORD",
            "cms-secret",
            "CMS_ADMIN_INITIAL_PASSWORD",
            ADMIN_PASSWORD,
            "CMS_DATA_DIR",
            workDir.resolve(name).toString());
    return RunningCms.start(
        RunningCms.javaJar("--port", Integer.toString(PORT)), workDir.resolve(name), env, PORT);
  }

  private void run(EmbeddedPostgres postgres, String... command) throws Exception {
    Path log = workDir.resolve(command[0] + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(List.of(command)).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("PGPASSWORD", "cms-secret");
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(command[0] + " finished").isTrue();
    assertThat(process.exitValue()).as(command[0] + ": " + Files.readString(log)).isZero();
  }

  private static int count(EmbeddedPostgres postgres, String database, String sql)
      throws Exception {
    try (Connection c = postgres.getDatabase("cms", database).getConnection();
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /**
   * PostgreSQL of the major version of Debian's {@code pg_dump} (which refuses newer servers), from
   * the binaries the build copied (see this module's pom).
   */
  private static InputStream clientMatchingServer(String system, String machine)
      throws IOException {
    try (JarFile jar = new JarFile(System.getProperty("backup.postgres.binaries"))) {
      var archive =
          jar.stream()
              .filter(entry -> entry.getName().endsWith(".txz"))
              .findFirst()
              .orElseThrow(() -> new IOException("No PostgreSQL archive in " + jar.getName()));
      try (InputStream in = jar.getInputStream(archive)) {
        return new ByteArrayInputStream(in.readAllBytes());
      }
    }
  }
}
