package nl.techniekpact.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import nl.techniekpact.bench.dataset.LoadDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the downloadable artifact exactly as the README tells a user to. Each start of the jar costs
 * half a minute on a slow machine, so a test covers what one configuration shows; the jar on an
 * existing PostgreSQL is tested in cluster-it ({@code BackupRestoreIT}), which starts it there.
 */
class DistributionIT {

  private static final Duration BOOT = Duration.ofSeconds(240);

  @TempDir Path workDir;

  /**
   * The README's start, three times over one data directory: the first start (with an archive of
   * another program where the class data archive goes, as an earlier build would have left it)
   * replaces that archive, the second loads the CMS from the new one, and the third, with options
   * the archive was not made for, starts without it.
   */
  @Test
  void startsOnTheEmbeddedDatabaseKeepsContentAcrossRestartsAndReplacesAnArchiveOfAnotherJar()
      throws Exception {
    String firstHome;
    Path archive = workDir.resolve("cds/techniekpact-cms.jsa");
    Files.createDirectories(archive.getParent());
    long otherSize =
        archiveOfAnotherProgram(
            Path.of(System.getProperty("java.home")),
            archive,
            "-XX:ArchiveClassesAtExit=" + archive,
            "-Xlog:cds=error");
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
      // a single instance runs without the data grid, so no grid port is open (ADR 0041)
      assertThat(health.body()).contains("(no data grid)");
      assertNothingListensOn("127.0.0.1", 6900);
      // the first-party plugins the jar ships are installed on the first start
      assertThat(cms.get("").body()).contains("class=\"cards cases\"").contains("/regio/");
      assertThat(cms.get("cases/make-it-move").statusCode()).isEqualTo(200);
      assertThat(cms.get("regio/noord-nederland").statusCode()).isEqualTo(200);
      assertThat(cms.get("ambassadeurs/andre-kuipers").statusCode()).isEqualTo(200);
      // no expired root of Payara's trust store logged in full (NCLS-SECURITY-05054), and no plugin
      // class taken for one of the war's (a plugin's @Path class, AS-WEB-UTIL-00035)
      assertThat(cms.log())
          .doesNotContain("NCLS-SECURITY-05054")
          .doesNotContain("Unable to load class nl.techniekpact.plugins");
      // the case listing and the search index are loaded only after the first page, not during
      // the deployment nor beside the first render (ADR 0026, 0039)
      cms.awaitLog("Search index in", BOOT);
      String log = cms.log();
      int serves = log.indexOf("Web module serves");
      int loads = log.indexOf("Background loads may start: first page rendered");
      assertThat(serves).isNotNegative().isLessThan(loads);
      assertThat(loads)
          .isLessThan(log.indexOf("Case listing loaded"))
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
    // written by the JVM as the CMS stopped, in place of the other program's
    assertThat(Files.size(archive)).isGreaterThan(otherSize).isGreaterThan(10_000_000L);

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

    startsWithoutAnArchiveMadeForOtherOptions(RunningCms.launcher(), env, 18281, archive);
  }

  @Test
  void theJarsTrustStoreHoldsNoExpiredCertificateButKeepsTheValidRoots() throws Exception {
    KeyStore payaras = trustStore(Path.of(System.getProperty("cms.payara-micro")));
    KeyStore ours = trustStore(RunningCms.uberJar());
    Date now = new Date();

    List<String> expired = expiredAliases(ours, now);
    assertThat(expired).isEmpty();
    // every certificate of Payara's store that is still valid is kept
    List<String> valid = new ArrayList<>(Collections.list(payaras.aliases()));
    valid.removeAll(expiredAliases(payaras, now));
    assertThat(Collections.list(ours.aliases())).containsExactlyInAnyOrderElementsOf(valid);
    assertThat(ours.size()).isGreaterThan(100);
  }

  /** Connecting to the address and port is refused. */
  private static void assertNothingListensOn(String address, int port) {
    assertThatThrownBy(
            () -> {
              try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, port), 2_000);
              }
            })
        .as("something listens on %s:%d", address, port)
        .isInstanceOf(ConnectException.class);
  }

  private static KeyStore trustStore(Path jar) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (ZipFile zip = new ZipFile(jar.toFile());
        InputStream in = zip.getInputStream(zip.getEntry("MICRO-INF/domain/cacerts.p12"))) {
      store.load(in, "changeit".toCharArray());
    }
    return store;
  }

  private static List<String> expiredAliases(KeyStore store, Date now) throws Exception {
    List<String> expired = new ArrayList<>();
    for (String alias : Collections.list(store.aliases())) {
      if (((X509Certificate) store.getCertificate(alias)).getNotAfter().before(now)) {
        expired.add(alias);
      }
    }
    return expired;
  }

  @Test
  void onJava25TheLauncherMakesAnAotCacheOnTheFirstStartAndTheNextStartLoadsTheCmsFromIt()
      throws Exception {
    Optional<Path> java25 = java25Home();
    assumeTrue(
        java25.isPresent(),
        "no Java 25+ (the tests' own, CMS_TEST_JAVA25_HOME or "
            + TEMURIN_25
            + "): the"
            + " launcher's AOT cache (ADR 0033) is not tested");
    // the distribution in a directory of its own, so the cache goes where a user's would: next to
    // the jar, under the name for Java 25+
    Path dist = workDir.resolve("dist");
    Files.createDirectories(dist);
    Files.createSymbolicLink(dist.resolve("techniekpact-cms"), RunningCms.launcherScript());
    Files.createSymbolicLink(dist.resolve("techniekpact-cms.jar"), RunningCms.uberJar());
    Path cache = dist.resolve("techniekpact-cms.aot");
    // an AOT cache of another program
    long otherSize =
        archiveOfAnotherProgram(
            java25.get(), cache, "-XX:AOTCacheOutput=" + cache, "-Xlog:aot=error");
    List<String> launcher = List.of(dist.resolve("techniekpact-cms").toString());
    Map<String, String> env =
        Map.of(
            "JAVA_HOME",
            java25.get().toString(),
            "CMS_PORT",
            "18287",
            "CMS_ADMIN_INITIAL_PASSWORD",
            ADMIN_PASSWORD_25,
            "JAVA_OPTS",
            "-Xmx512m");
    try (RunningCms cms = RunningCms.start(launcher, workDir, env, 18287)) {
      double seconds = cms.await("", 200, "Techniekpact", BOOT);
      System.out.printf("Java 25, process start to first page (no AOT cache): %.1f s%n", seconds);
      assertThat(cms.log())
          .contains("no class data archive for this jar and Java yet; writing " + cache);
    }
    // written as the CMS stopped, by a JVM the stopping one started; without the training's
    // thousands of warnings
    assertThat(Files.size(cache)).isGreaterThan(otherSize).isGreaterThan(10_000_000L);
    assertThat(Files.exists(dist.resolve("techniekpact-cms.jsa"))).isFalse();
    assertThat(Files.readString(workDir.resolve("cms-18287.log")))
        .contains("AOTCache creation is complete")
        .doesNotContain("[warning]");

    Path classes = workDir.resolve("classes.log");
    Map<String, String> second = new java.util.HashMap<>(env);
    second.put("JAVA_OPTS", "-Xmx512m -Xlog:class+load=info:file=" + classes);
    try (RunningCms cms = RunningCms.start(launcher, workDir, second, 18287)) {
      double seconds = cms.await("", 200, "Techniekpact", BOOT);
      System.out.printf("Java 25, process start to first page (AOT cache): %.1f s%n", seconds);
      assertThat(cms.get("health").body()).contains("\"status\":\"UP\"");
      assertThat(cms.log()).doesNotContain("no class data archive");
      // the classes of Payara's loaders and of the war came loaded from the cache
      assertThat(classesFromTheArchive(classes)).isGreaterThan(5_000L);
      backOfficeKnowsTheSignedInAdministratorsRoles(cms);
    }

    startsWithoutAnArchiveMadeForOtherOptions(launcher, env, 18287, cache);
  }

  /**
   * On Java 24+ Jakarta Security's {@code isCallerInRole} denies every role on Payara 6 (ADR 0045):
   * the back office must still show an administrator their roles, navigation and account screens.
   */
  private static void backOfficeKnowsTheSignedInAdministratorsRoles(RunningCms cms)
      throws Exception {
    BackOfficeVisitor admin = new BackOfficeVisitor(cms.port());
    assertThat(admin.signIn("admin", ADMIN_PASSWORD_25).statusCode()).isEqualTo(302);
    String dashboard = admin.get(cms.port(), "beheer/index.xhtml").body();
    assertThat(dashboard).contains("id=\"nav-accounts\"").contains("id=\"nav-plugins\"");
    HttpResponse<String> accounts = admin.get(cms.port(), "beheer/accounts/index.xhtml");
    assertThat(accounts.statusCode()).as("the account screens for an administrator").isEqualTo(200);
    // a client's error in the back office (ExpectedErrorsFilter): the error page, and no stack
    // trace in the log
    assertThat(admin.get(cms.port(), "beheer/cases/edit.xhtml?slug=bestaat-niet").statusCode())
        .isEqualTo(404);
    assertThat(cms.log()).doesNotContain("threw exception");
  }

  /**
   * JAVA_OPTS come last and win: with options the archive (or AOT cache) was not made for, Java
   * does not use it, the CMS starts as without one, and the launcher leaves the archive as it is.
   */
  private void startsWithoutAnArchiveMadeForOtherOptions(
      List<String> launcher, Map<String, String> env, int port, Path archive) throws Exception {
    long size = Files.size(archive);
    Path classes = workDir.resolve("classes-unfit.log");
    Map<String, String> unfit = new java.util.HashMap<>(env);
    unfit.put("JAVA_OPTS", "-Xmx512m -XX:-UseCompressedOops -Xlog:class+load=info:file=" + classes);
    try (RunningCms cms = RunningCms.start(launcher, workDir, unfit, port)) {
      cms.await("", 200, "Techniekpact", BOOT);
      assertThat(cms.get("health").body()).contains("\"status\":\"UP\"");
      assertThat(cms.log()).doesNotContain("no class data archive");
      assertThat(classesFromTheArchive(classes)).isZero();
    }
    assertThat(Files.size(archive)).isEqualTo(size);
  }

  /**
   * Has {@code java -version} of {@code javaHome} write {@code archive} with {@code options} and
   * records another jar in its {@code .id} file, as an earlier build would have left it.
   *
   * @return the archive's size
   */
  private long archiveOfAnotherProgram(Path javaHome, Path archive, String... options)
      throws Exception {
    List<String> command = new java.util.ArrayList<>();
    command.add(javaHome.resolve("bin/java").toString());
    command.addAll(List.of(options));
    command.add("-version");
    Process other =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("other.log").toFile())
            .start();
    assertThat(other.waitFor()).isZero();
    Files.writeString(archive.resolveSibling(archive.getFileName() + ".id"), "another jar\n");
    return Files.size(archive);
  }

  private static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

  private static final String ADMIN_PASSWORD_25 = "java25-Admin-Secret-2026";

  /** A Java 25+ home: the tests' own, {@code CMS_TEST_JAVA25_HOME} or Temurin 25's Debian path. */
  private static Optional<Path> java25Home() {
    List<Path> candidates = new java.util.ArrayList<>();
    candidates.add(Path.of(System.getProperty("java.home")));
    String configured = System.getenv("CMS_TEST_JAVA25_HOME");
    if (configured != null && !configured.isBlank()) {
      candidates.add(Path.of(configured));
    }
    candidates.add(TEMURIN_25);
    return candidates.stream().filter(home -> majorVersion(home) >= 25).findFirst();
  }

  /** The major version in a Java home's {@code release} file; 0 when there is none. */
  private static int majorVersion(Path home) {
    try (var lines = Files.lines(home.resolve("release"))) {
      return lines
          .filter(line -> line.startsWith("JAVA_VERSION=\""))
          .map(line -> line.substring("JAVA_VERSION=\"".length()).split("[^0-9]")[0])
          .filter(major -> !major.isEmpty())
          .map(Integer::parseInt)
          .findFirst()
          .orElse(0);
    } catch (java.io.IOException | RuntimeException none) {
      return 0;
    }
  }

  /**
   * How many classes outside the JDK a start took from a class data archive or AOT cache (the JDK's
   * own archive holds only the JDK's classes).
   */
  private static long classesFromTheArchive(Path classLog) throws java.io.IOException {
    try (var lines = Files.lines(classLog)) {
      return lines
          .filter(line -> line.contains("source: shared objects file"))
          .filter(line -> !line.matches(".*\\] (java|javax|jdk|sun|com\\.sun)\\..*"))
          .count();
    }
  }

  /**
   * A CMS started before its database: health DOWN with one clear log line and a friendly error
   * page while the database cannot be reached, and up by itself once it can.
   */
  @Test
  void unreachableDatabaseGivesOneClearLogLineAndHealthDownAndTheCmsComesUpWhenItArrives()
      throws Exception {
    int dbPort;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      dbPort = free.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres";
    Map<String, String> env =
        Map.of("CMS_DB_URL", url, "CMS_DB_USER", "postgres", "CMS_DB_PASSWORD", "postgres");
    try (RunningCms cms =
        RunningCms.start(RunningCms.javaJar("--port", "18285"), workDir, env, 18285)) {
      cms.await("health", 503, "\"name\":\"database\"", BOOT);

      assertThat(cms.get("health").body())
          .contains("\"status\":\"DOWN\"")
          .contains("Connection refused")
          .contains(url);
      List<String> severe = cms.log().lines().filter(line -> line.contains("SEVERE")).toList();
      assertThat(severe).hasSize(1);
      assertThat(severe.get(0))
          .contains("Database unreachable at " + url)
          .contains("cms.db.url")
          .contains("CMS_DB_URL");
      // visitors and API clients meanwhile get a temporary unavailability, logged no further
      HttpResponse<String> page = cms.get("");
      assertThat(page.statusCode()).isEqualTo(503);
      assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
      assertThat(page.body()).contains("Tijdelijk niet beschikbaar").doesNotContain("Exception");
      // a plugin's page is not gone while its plugin waits for the database
      HttpResponse<String> pluginPage = cms.get("cases");
      assertThat(pluginPage.statusCode()).isEqualTo(503);
      assertThat(pluginPage.headers().firstValue("Retry-After")).hasValue("30");
      HttpResponse<String> api = cms.get("api/v1/cases");
      assertThat(api.statusCode()).isEqualTo(503);
      assertThat(api.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(cms.log()).doesNotContain("\tat ");
      assertThat(cms.log().lines().filter(line -> line.contains("SEVERE"))).hasSize(1);

      try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(dbPort).start()) {
        double seconds = cms.await("health", 200, "\"name\":\"database\"", Duration.ofSeconds(90));
        System.out.printf("Up after the database arrived, %.1f s after process start%n", seconds);
        assertThat(cms.get("").body()).contains("Vakkrachten behouden door te investeren");
        cms.awaitLog("Plugin host on plugin API", Duration.ofSeconds(30));
        assertThat(cms.get("cases").statusCode()).isEqualTo(200);
        assertThat(cms.get("bestaat-niet").statusCode()).isEqualTo(404);
        // a plugin's 404, sent inside the route's forward: without a warning (checked below)
        assertThat(cms.get("cases/bestaat-niet").statusCode()).isEqualTo(404);
        assertThat(cms.log()).doesNotContain("\tat ");
      }
    }
  }

  /**
   * The launcher as an operator runs it beside another team's application: port, data directory and
   * bind address from the environment, on a database that application filled through core-model, to
   * which the first start adds only the administrator.
   */
  @Test
  void launcherTakesPortDataDirectoryAndBindAddressFromTheEnvironmentOnADatabaseFilledByCoreModel()
      throws Exception {
    Path dataDir = workDir.resolve("filled-by-core-model");
    // another team's application (here the benchmark's loader) filled it through core-model
    LoadDataset.main(new String[] {"--data-dir", dataDir.toString(), "--cases", "30"});
    String password = "core-model-Admin-2026";
    Map<String, String> env =
        Map.of(
            "CMS_ADMIN_INITIAL_PASSWORD", password,
            "CMS_PORT", "18283",
            "CMS_BIND_ADDRESS", "127.0.0.2",
            "CMS_DATA_DIR", dataDir.toString(),
            "CMS_CDS_ARCHIVE", "off",
            "CMS_SECURITY_TWO_STEP_REQUIRED_ROLES", "administrator",
            "JAVA_OPTS", "-Xmx512m");
    try (RunningCms cms =
        RunningCms.start(RunningCms.launcher(), workDir, env, "127.0.0.2", 18283)) {
      cms.await("health", 200, "database", BOOT);

      assertThat(cms.get("health").body()).contains(dataDir.resolve("techniekpact").toString());
      assertThat(cms.log()).doesNotContain("class data archive");
      // listening on that address only: another address of the same machine is refused
      assertNothingListensOn("127.0.0.1", 18283);
      // the API document, which asks Payara's own document on the address it was called on
      HttpResponse<String> document = cms.get("api/v1/openapi.json");
      assertThat(document.statusCode()).isEqualTo(200);
      assertThat(document.body()).contains("\"/api/v1/cases\"");
      // the launcher's pre-boot command comes on top of the jar's, which still apply
      assertThat(document.headers().firstValue("Server").orElse(""))
          .doesNotContainIgnoringCase("payara");

      // the database's content is kept and only the administrator is added, who can sign in
      BackOfficeVisitor admin = new BackOfficeVisitor(cms.port(), "127.0.0.2");
      assertThat(admin.signIn("admin", password).statusCode()).isEqualTo(302);
      assertThat(cms.get("api/v1/cases?size=1").body()).containsPattern("\"total\":[1-9]");
      // the administrators must sign in in two steps (from the environment, ADR 0048): until
      // this one has set it up, the back office shows only the account page, and the API refuses
      // the password
      HttpResponse<String> dashboard = admin.get(cms.port(), "beheer/index.xhtml");
      assertThat(dashboard.statusCode()).isEqualTo(303);
      assertThat(dashboard.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/beheer/account.xhtml"));
      assertThat(admin.get(cms.port(), "beheer/account.xhtml").body())
          .contains("id=\"two-step-required\"");
      HttpResponse<String> me = cms.get("api/v1/me", "admin", password);
      assertThat(me.statusCode()).as(me.body()).isEqualTo(401);
      assertThat(me.body()).contains("two-step-required");
      assertThat(cms.log())
          .contains("First start: created the administrator account 'admin'")
          .doesNotContain("Empty database: loaded the seed content")
          .doesNotContain("DatabaseAccessor not connected");
    }
  }

  @Test
  void launcherRefusesABindAddressThatIsNoAddressBeforeStartingJava() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder("sh", RunningCms.launcherScript().toString())
            .redirectErrorStream(true)
            .directory(workDir.toFile());
    builder.environment().put("CMS_BIND_ADDRESS", "127.0.0.1\nset something=else");
    builder.environment().put("CMS_CDS_ARCHIVE", "off");
    Process refused = builder.start();

    assertThat(refused.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(refused.exitValue()).isEqualTo(2);
    assertThat(new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("CMS_BIND_ADDRESS")
        .contains("is not an IP address or host name");
  }

  @Test
  void theJarDoesNotReportToPayara() throws Exception {
    Properties micro = new Properties();
    try (ZipFile zip = new ZipFile(RunningCms.uberJar().toFile());
        InputStream in =
            zip.getInputStream(zip.getEntry("MICRO-INF/deploy/payaramicro.properties"))) {
      micro.load(in);
    }
    // what Payara Micro reads at a start for --disablephonehome
    assertThat(micro.getProperty("payaramicro.disablePhoneHome")).isEqualTo("true");
  }
}
