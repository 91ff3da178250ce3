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

  private static final Duration BOOT = Duration.ofSeconds(120);

  @TempDir Path workDir;

  @Test
  void startsOnTheEmbeddedDatabaseInTheDataDirectoryAndKeepsContentAcrossRestarts()
      throws Exception {
    String firstHome;
    Map<String, String> env = Map.of("CMS_ADMIN_INITIAL_PASSWORD", "dist-admin-Secret-2026");
    try (RunningCms cms =
        RunningCms.start(RunningCms.javaJar("--port", "18281"), workDir, env, 18281)) {
      double seconds = cms.await("", 200, "Techniekpact", BOOT);
      System.out.printf("Process start to first page: %.1f s%n", seconds);
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
                      env.values().iterator().next())
                  .statusCode())
          .isIn(200, 204);
      assertThat(cms.get("cases").statusCode()).isEqualTo(404);
      firstHome = cms.get("").body();
    }
    assertThat(Files.list(workDir.resolve("data")).map(p -> p.getFileName().toString()))
        .contains("techniekpact.mv.db");

    try (RunningCms cms =
        RunningCms.start(RunningCms.javaJar("--port", "18281"), workDir, env, 18281)) {
      cms.await("", 200, "Techniekpact", BOOT);
      assertThat(cms.get("").body()).isEqualTo(firstHome).doesNotContain("class=\"cards cases\"");
      assertThat(cms.get("cases").statusCode()).isEqualTo(404);
      assertThat(cms.get("regio/noord-nederland").statusCode()).isEqualTo(200);
      assertThat(cms.log()).contains("up to date (0 applied)");
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
    Path launcher = RunningCms.uberJar().resolveSibling("techniekpact-cms");
    Path dataDir = workDir.resolve("elsewhere");
    Map<String, String> env =
        Map.of("CMS_PORT", "18283", "CMS_DATA_DIR", dataDir.toString(), "JAVA_OPTS", "-Xmx512m");
    try (RunningCms cms = RunningCms.start(List.of(launcher.toString()), workDir, env, 18283)) {
      cms.await("health", 200, "database", BOOT);

      assertThat(cms.get("health").body()).contains(dataDir.resolve("techniekpact").toString());
      assertThat(Files.exists(dataDir.resolve("techniekpact.mv.db"))).isTrue();
    }
  }
}
