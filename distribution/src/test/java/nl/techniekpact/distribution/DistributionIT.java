package nl.techniekpact.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the downloadable artifact exactly as the README tells a user to. */
class DistributionIT {

  private static final Duration BOOT = Duration.ofSeconds(240);

  @TempDir Path workDir;

  @Test
  void startsOnTheEmbeddedDatabaseInTheDataDirectoryAndKeepsContentAcrossRestarts()
      throws Exception {
    String firstHome;
    Path archive = workDir.resolve("cds/techniekpact-cms.jsa");
    Files.createDirectories(archive.getParent());
    Map<String, String> env =
        Map.of(
            "CMS_ADMIN_INITIAL_PASSWORD", "dist-admin-Secret-2026",
            "CMS_PORT", "18281",
            "CMS_CDS_ARCHIVE", archive.toString(),
            "JAVA_OPTS", "-Xmx512m");
    try (RunningCms cms = RunningCms.start(RunningCms.launcher(), workDir, env, 18281)) {
      double seconds = cms.await("", 200, "Techniekpact", BOOT);
      System.out.printf("Process start to first page (no class data archive): %.1f s%n", seconds);
      // the README's start: no archive yet, so this start writes one when it stops (ADR 0029)
      assertThat(cms.log()).contains("no class data archive for this jar and Java yet");
      HttpResponse<String> health = cms.get("health");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body())
          .contains("\"status\":\"UP\"")
          .contains(workDir.resolve("data").toString());
      // the first-party plugins the jar ships are installed on the first start
      assertThat(cms.get("").body()).contains("class=\"cards cases\"").contains("/regio/");
      assertThat(cms.get("cases/make-it-move").statusCode()).isEqualTo(200);
      assertThat(cms.get("regio/noord-nederland").statusCode()).isEqualTo(200);
      assertThat(cms.get("ambassadeurs/andre-kuipers").statusCode()).isEqualTo(200);
      // the search index is built only once the web module serves, not during the deployment
      // (ADR 0026)
      cms.awaitLog("Search index in", BOOT);
      String log = cms.log();
      assertThat(log.indexOf("Web module serves; background loads may start"))
          .isNotNegative()
          .isLessThan(log.indexOf("Search index in"));
      // an administrator removes one; the removal must survive restarts
      assertThat(
              cms.delete(
                      "api/v1/plugins/case-studies/installation",
                      "admin",
                      env.get("CMS_ADMIN_INITIAL_PASSWORD"))
                  .statusCode())
          .isIn(200, 204);
      assertThat(cms.get("cases").statusCode()).isEqualTo(404);
      firstHome = cms.get("").body();
    }
    assertThat(Files.list(workDir.resolve("data")).map(p -> p.getFileName().toString()))
        .contains("techniekpact.mv.db");
    // written by the JVM as the CMS stopped
    assertThat(Files.size(archive)).isGreaterThan(10_000_000L);

    Path classes = workDir.resolve("classes.log");
    Map<String, String> second = new java.util.HashMap<>(env);
    second.put("JAVA_OPTS", "-Xmx512m -Xlog:class+load=info:file=" + classes);
    try (RunningCms cms = RunningCms.start(RunningCms.launcher(), workDir, second, 18281)) {
      double seconds = cms.await("", 200, "Techniekpact", BOOT);
      System.out.printf("Process start to first page (class data archive): %.1f s%n", seconds);
      assertThat(cms.get("").body()).isEqualTo(firstHome).doesNotContain("class=\"cards cases\"");
      assertThat(cms.get("cases").statusCode()).isEqualTo(404);
      assertThat(cms.get("regio/noord-nederland").statusCode()).isEqualTo(200);
      assertThat(cms.log())
          .contains("up to date (0 applied)")
          .doesNotContain("no class data archive");
      // most classes of the start came from the archive: the JDK's, Payara's and the war's
      assertThat(classesFromTheArchive(classes)).isGreaterThan(5_000L);
    }
  }

  @Test
  void launcherReplacesAnArchiveOfAnotherJarAndStartsWhenJavaCannotUseTheArchive()
      throws Exception {
    Path archive = workDir.resolve("techniekpact-cms.jsa");
    // an archive of another program, as an earlier build or another Java would have left it
    Process other =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + archive,
                "-Xlog:cds=error",
                "-version")
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("other.log").toFile())
            .start();
    assertThat(other.waitFor()).isZero();
    Files.writeString(archive.resolveSibling("techniekpact-cms.jsa.id"), "another jar\n");
    long otherSize = Files.size(archive);
    Map<String, String> env =
        Map.of("CMS_PORT", "18286", "CMS_CDS_ARCHIVE", archive.toString(), "JAVA_OPTS", "-Xmx512m");
    try (RunningCms cms = RunningCms.start(RunningCms.launcher(), workDir, env, 18286)) {
      cms.await("", 200, "Techniekpact", BOOT);
      assertThat(cms.log()).contains("no class data archive for this jar and Java yet");
    }
    assertThat(Files.size(archive)).isGreaterThan(otherSize).isGreaterThan(10_000_000L);

    // JAVA_OPTS come last and win; with options the archive was not made for, Java does not
    // use it and the CMS starts as without one
    Path classes = workDir.resolve("classes.log");
    Map<String, String> unfit = new java.util.HashMap<>(env);
    unfit.put("JAVA_OPTS", "-Xmx512m -XX:-UseCompressedOops -Xlog:class+load=info:file=" + classes);
    try (RunningCms cms = RunningCms.start(RunningCms.launcher(), workDir, unfit, 18286)) {
      cms.await("", 200, "Techniekpact", BOOT);
      assertThat(cms.get("health").body()).contains("\"status\":\"UP\"");
      assertThat(cms.log()).doesNotContain("no class data archive");
      assertThat(classesFromTheArchive(classes)).isZero();
    }
  }

  private static long classesFromTheArchive(Path classLog) throws java.io.IOException {
    try (var lines = Files.lines(classLog)) {
      return lines.filter(line -> line.contains("source: shared objects file (top)")).count();
    }
  }

  @Test
  void runsOnPostgresqlWhenConfiguredAndLoadsTheSeedThere() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      try (Connection c = postgres.getPostgresDatabase().getConnection()) {
        c.createStatement().execute("CREATE USER cms WITH PASSWORD 'cms-secret'");
        c.createStatement().execute("CREATE DATABASE cms OWNER cms");
      }
      Map<String, String> env =
          Map.of(
              "CMS_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/cms",
              "CMS_DB_USER", "cms",
              "CMS_DB_PASSWORD", "cms-secret");
      try (RunningCms cms =
          RunningCms.start(RunningCms.javaJar("--port", "18284"), workDir, env, 18284)) {
        cms.await("health", 200, "database", BOOT);

        assertThat(cms.get("health").body())
            .contains("\"product\":\"PostgreSQL\"")
            .doesNotContain("cms-secret");
        assertThat(cms.get("").body()).contains("Vakkrachten behouden door te investeren");
        assertThat(cms.get("api/v1/goals").body()).contains("\"number\":12");
      }
      try (Connection c = postgres.getDatabase("cms", "cms").getConnection();
          ResultSet rs =
              c.createStatement()
                  .executeQuery("SELECT count(*) FROM goal JOIN pact ON goal.pact_id = pact.id")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(12);
      }
    }
  }

  @Test
  void unreachableDatabaseGivesOneClearLogLineNoStackTraceAndHealthDown() throws Exception {
    Map<String, String> env = Map.of("CMS_DB_URL", "jdbc:postgresql://127.0.0.1:1/cms");
    try (RunningCms cms =
        RunningCms.start(RunningCms.javaJar("--port", "18282"), workDir, env, 18282)) {
      cms.await("health", 503, "\"name\":\"database\"", BOOT);

      assertThat(cms.get("health").body())
          .contains("\"status\":\"DOWN\"")
          .contains("Connection refused")
          .contains("jdbc:postgresql://127.0.0.1:1/cms");
      List<String> severe = cms.log().lines().filter(line -> line.contains("SEVERE")).toList();
      assertThat(severe).hasSize(1);
      assertThat(severe.get(0))
          .contains("Database unreachable at jdbc:postgresql://127.0.0.1:1/cms")
          .contains("cms.db.url")
          .contains("CMS_DB_URL");
      assertThat(cms.log()).doesNotContain("\tat ");
      HttpResponse<String> page = cms.get("");
      assertThat(page.statusCode()).isEqualTo(500);
      assertThat(page.body()).contains("Er ging iets mis").doesNotContain("Exception");
    }
  }

  @Test
  void comesUpByItselfWhenTheDatabaseArrivesAfterTheCms() throws Exception {
    int dbPort;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      dbPort = free.getLocalPort();
    }
    Map<String, String> env =
        Map.of(
            "CMS_DB_URL", "jdbc:postgresql://localhost:" + dbPort + "/postgres",
            "CMS_DB_USER", "postgres",
            "CMS_DB_PASSWORD", "postgres");
    try (RunningCms cms =
        RunningCms.start(RunningCms.javaJar("--port", "18285"), workDir, env, 18285)) {
      cms.await("health", 503, "\"name\":\"database\"", BOOT);

      try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(dbPort).start()) {
        double seconds = cms.await("health", 200, "\"name\":\"database\"", Duration.ofSeconds(90));
        System.out.printf("Up after the database arrived, %.1f s after process start%n", seconds);
        assertThat(cms.get("").body()).contains("Vakkrachten behouden door te investeren");
        cms.awaitLog("Plugin host on plugin API", Duration.ofSeconds(30));
        assertThat(cms.log()).doesNotContain("\tat ");
      }
    }
  }

  @Test
  void launcherScriptTakesPortAndDataDirectoryFromTheEnvironment() throws Exception {
    Path dataDir = workDir.resolve("elsewhere");
    Map<String, String> env =
        Map.of(
            "CMS_PORT", "18283",
            "CMS_DATA_DIR", dataDir.toString(),
            "CMS_CDS_ARCHIVE", "off",
            "JAVA_OPTS", "-Xmx512m");
    try (RunningCms cms = RunningCms.start(RunningCms.launcher(), workDir, env, 18283)) {
      cms.await("health", 200, "database", BOOT);

      assertThat(cms.get("health").body()).contains(dataDir.resolve("techniekpact").toString());
      assertThat(Files.exists(dataDir.resolve("techniekpact.mv.db"))).isTrue();
      assertThat(cms.log()).doesNotContain("class data archive");
    }
  }
}
