package nl.techniekpact.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.techniekpact.distribution.BackOfficeVisitor;
import nl.techniekpact.distribution.RunningCms;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes of the distribution on 127.0.0.1 and one real PostgreSQL, as docs/operations.md runs a
 * cluster: both serve the same content and plugins, a change on one takes effect on the other,
 * login failures count across them, and when one is killed ({@code kill -9}) the other keeps
 * answering, with the back-office session of the dead node and without losing committed content;
 * the killed node comes back and catches up. The steps build on each other and run in order;
 * whatever happens, the servers are stopped at the end.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final int PORT_A = 18391;
  private static final int PORT_B = 18392;
  private static final int PORT_NGINX = 18390;
  private static final String ADMIN_PASSWORD = "cluster-Admin-Secret-2026";
  private static final String PLUGIN = "example-internships";
  private static final String ABOUT = "api/v1/plugins/" + PLUGIN + "/about";
  private static final String PLACES = "api/v1/content/" + PLUGIN + "/internship-place";
  private static final String PLACE = "zeilmaker-" + UUID.randomUUID().toString().substring(0, 8);

  private static Path workDir;
  private static EmbeddedPostgres postgres;
  private static ClusterNode.Cluster cluster;
  private static final List<RunningCms> STARTED = new java.util.concurrent.CopyOnWriteArrayList<>();
  private static RunningCms a;
  private static RunningCms b;
  private static Nginx nginx;

  @BeforeAll
  static void startTwoNodesOnOneDatabase() throws Exception {
    workDir = Files.createTempDirectory("cluster-it-");
    postgres = EmbeddedPostgres.builder().start();
    try (Connection c = postgres.getPostgresDatabase().getConnection()) {
      c.createStatement().execute("CREATE USER cms WITH PASSWORD 'cms-secret'");
      c.createStatement().execute("CREATE DATABASE cms OWNER cms");
    }
    cluster =
        new ClusterNode.Cluster(
            "techniekpact-it-" + UUID.randomUUID().toString().substring(0, 8),
            List.of(16900, 16901),
            Map.of(
                "CMS_DB_URL",
                "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/cms",
                "CMS_DB_USER",
                "cms",
                "CMS_DB_PASSWORD",
                "cms-secret",
                "CMS_ADMIN_INITIAL_PASSWORD",
                ADMIN_PASSWORD,
                // both nodes look for due publications every second, so they race for each
                "CMS_PUBLISHING_SCHEDULE_CHECK_SECONDS",
                "1",
                // behind nginx every request comes from its address: nginx limits anonymous API
                // clients instead (docs/operations.md)
                "CMS_API_RATE_LIMIT_EXEMPT_ADDRESSES",
                "127.0.0.1"));
    // A first: it migrates and seeds the empty database; B then finds it ready
    a = start(0, PORT_A);
    a.await("health", 200, "\"status\":\"UP\"", ClusterNode.BOOT);
    b = start(1, PORT_B);
    b.await("health", 200, "\"status\":\"UP\"", ClusterNode.BOOT);
    if (Nginx.installed()) {
      Path dir = workDir.resolve("nginx");
      nginx =
          Nginx.start(
              dir, Nginx.mainConfig(dir, Nginx.siteFor(dir, PORT_NGINX, List.of(PORT_A, PORT_B))));
    }
  }

  private static RunningCms start(int index, int port) throws Exception {
    RunningCms node = ClusterNode.start(cluster, index, port, workDir);
    STARTED.add(node);
    return node;
  }

  @AfterAll
  static void stopEverything() throws Exception {
    if (nginx != null) {
      nginx.close();
    }
    for (RunningCms node : STARTED) {
      node.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  @Order(1)
  void bothNodesFormOneDataGridOnTheOneDatabase() throws Exception {
    awaitTrue(() -> members(PORT_A) == 2 && members(PORT_B) == 2, Duration.ofSeconds(60));
    for (int port : new int[] {PORT_A, PORT_B}) {
      String health = Http.get(port, "health").body();
      assertThat(health).contains("\"product\":\"PostgreSQL\"").contains(cluster.name());
      assertThat(Http.get(port, "").body()).contains("Vakkrachten behouden door te investeren");
    }
    assertThat(a.log()).contains("Data Grid Status");
    try (Connection c = postgres.getDatabase("cms", "cms").getConnection();
        ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM pact")) {
      rs.next();
      assertThat(rs.getInt(1)).as("seeded once, not by each node").isEqualTo(1);
    }
  }

  @Test
  @Order(2)
  void contentPublishedChangedAndUnpublishedOnAIsServedByBWithinTwoSeconds() throws Exception {
    String slug = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
    String page = "cases/" + slug;
    HttpResponse<String> created = createCase(PORT_A, slug, "Eerste titel " + slug);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(Http.get(PORT_B, page).statusCode()).as("a draft is not served").isEqualTo(404);

    HttpResponse<String> published =
        publication(PORT_A, slug, etag(created), "{\"status\":\"PUBLISHED\"}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    seenOnB("published", () -> Http.get(PORT_B, page).statusCode() == 200);

    // from here on B serves the page from its page cache: a change must empty that too
    Http.get(PORT_B, page);
    assertThat(Http.get(PORT_B, page).headers().firstValue("X-Cache")).hasValue("hit");
    HttpResponse<String> changed =
        Http.send(
            editor(PORT_A, "api/v1/cases/" + slug)
                .header("If-Match", etag(published))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(caseJson(slug, "Tweede titel " + slug)))
                .build());
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    seenOnB("changed", () -> Http.get(PORT_B, page).body().contains("Tweede titel " + slug));
    Http.get(PORT_B, page);
    assertThat(Http.get(PORT_B, page).headers().firstValue("X-Cache")).hasValue("hit");

    HttpResponse<String> unpublished =
        publication(PORT_A, slug, etag(changed), "{\"status\":\"DRAFT\"}");
    assertThat(unpublished.statusCode()).as(unpublished.body()).isEqualTo(200);
    seenOnB("unpublished", () -> Http.get(PORT_B, page).statusCode() == 404);
  }

  @Test
  @Order(3)
  void aScheduledPublicationIsCarriedOutExactlyOnceAcrossTheCluster() throws Exception {
    Map<String, String> versions = new LinkedHashMap<>();
    for (int i = 0; i < 6; i++) {
      String slug = "gepland-" + i + "-" + UUID.randomUUID().toString().substring(0, 6);
      HttpResponse<String> created = createCase(i % 2 == 0 ? PORT_A : PORT_B, slug, "Gepland");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      versions.put(slug, etag(created));
    }
    List<String> slugs = List.copyOf(versions.keySet());
    // one moment for all, a little ahead: both nodes check every second and race for each
    String at = java.time.Instant.now().plusSeconds(10).toString();
    int i = 0;
    for (String slug : slugs) {
      HttpResponse<String> scheduled =
          publication(
              i++ % 2 == 0 ? PORT_A : PORT_B,
              slug,
              versions.get(slug),
              "{\"status\":\"SCHEDULED\",\"publishAt\":\"" + at + "\"}");
      assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
    }

    awaitTrue(
        () ->
            scheduledPublications(slugs).values().stream().mapToInt(Integer::intValue).sum()
                >= slugs.size(),
        Duration.ofSeconds(40));
    Thread.sleep(3000); // both nodes had several more checks in which to claim one again

    Map<String, Integer> carriedOut = scheduledPublications(slugs);
    assertThat(carriedOut)
        .hasSize(slugs.size())
        .allSatisfy((slug, times) -> assertThat(times).as(slug).isEqualTo(1));
    for (String slug : slugs) {
      for (int port : new int[] {PORT_A, PORT_B}) {
        assertThat(Http.get(port, "cases/" + slug).statusCode()).as(slug).isEqualTo(200);
      }
    }
  }

  /** How often the schedule published each of the cases, from the audit log in the database. */
  private static Map<String, Integer> scheduledPublications(List<String> slugs) throws Exception {
    Map<String, Integer> times = new java.util.TreeMap<>();
    try (Connection c = postgres.getDatabase("cms", "cms").getConnection();
        java.sql.PreparedStatement query =
            c.prepareStatement(
                "SELECT item_slug, count(*) FROM audit_entry WHERE action = 'scheduled-publish'"
                    + " AND content_type = 'case-study' AND item_slug = ANY (?) GROUP BY item_slug")) {
      query.setArray(1, c.createArrayOf("varchar", slugs.toArray()));
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          times.put(rs.getString(1), rs.getInt(2));
        }
      }
    }
    return times;
  }

  private static HttpResponse<String> createCase(int port, String slug, String title)
      throws Exception {
    return Http.send(
        editor(port, "api/v1/cases")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(caseJson(slug, title)))
            .build());
  }

  private static String caseJson(String slug, String title) {
    return "{\"slug\":\""
        + slug
        + "\",\"title\":{\"nl\":\""
        + title
        + "\"},"
        + "\"summary\":{\"nl\":\"Een case om het cluster te testen\"},"
        + "\"body\":{\"nl\":\"<p>Techniek in de regio.</p>\"}}";
  }

  private static HttpResponse<String> publication(int port, String slug, String etag, String body)
      throws Exception {
    return Http.send(
        editor(port, "api/v1/cases/" + slug + "/publication")
            .header("If-Match", etag)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static HttpRequest.Builder editor(int port, String path) {
    return Http.request(port, path).header("Authorization", Http.basic("admin", ADMIN_PASSWORD));
  }

  private static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }

  /** Waits until B shows a change made on A: within 2 s, as docs/operations.md promises. */
  private static void seenOnB(String change, Check check) throws Exception {
    long start = System.nanoTime();
    awaitTrue(check, Duration.ofSeconds(2));
    System.out.printf(
        "Content %s on A served by B after %.2f s%n", change, (System.nanoTime() - start) / 1e9);
  }

  @Test
  @Order(4)
  void pluginInstalledOnAIsUsedOnB() throws Exception {
    assertThat(Http.get(PORT_B, ABOUT).statusCode()).isEqualTo(404);
    byte[] jar = Files.readAllBytes(Path.of(System.getProperty("cms.fixture.internships")));

    HttpResponse<String> installed =
        Http.send(
            Http.request(PORT_A, "api/v1/plugins")
                .header("Authorization", Http.basic("admin", ADMIN_PASSWORD))
                .header("Content-Type", "application/java-archive")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jar))
                .build());
    long installedAt = System.nanoTime();

    assertThat(installed.statusCode()).as(installed.body()).isEqualTo(201);
    awaitTrue(() -> Http.get(PORT_B, ABOUT).statusCode() == 200, Duration.ofSeconds(10));
    System.out.printf(
        "Plugin installed on A served by B after %.2f s%n",
        (System.nanoTime() - installedAt) / 1e9);
    assertThat(Http.get(PORT_B, ABOUT).body()).contains(PLUGIN);
    assertThat(Http.get(PORT_B, "").body()).contains("plugin-internships");
  }

  @Test
  @Order(5)
  void aPluginSettingChangedOnAIsShownOnBsCachedPageAtOnce() throws Exception {
    String places = "p/" + PLUGIN + "/places?it=setting";
    Http.get(PORT_B, places);
    HttpResponse<String> cached = Http.get(PORT_B, places);
    assertThat(cached.headers().firstValue("X-Cache")).hasValue("hit");
    assertThat(cached.body()).doesNotContain("cluster@techniekpact.nl");

    HttpResponse<String> set =
        Http.send(
            editor(PORT_A, "api/v1/plugins/" + PLUGIN + "/installation/settings/contact")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":\"cluster@techniekpact.nl\"}"))
                .build());
    long setAt = System.nanoTime();
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);

    // without the relay, B would serve its cached page until the next content change
    awaitTrue(
        () -> Http.get(PORT_B, places).body().contains("Mail cluster@techniekpact.nl"),
        Duration.ofSeconds(3));
    System.out.printf(
        "Plugin setting changed on A shown by B after %.2f s%n", (System.nanoTime() - setAt) / 1e9);

    HttpResponse<String> removed =
        Http.send(
            editor(PORT_B, "api/v1/plugins/" + PLUGIN + "/installation/settings/contact")
                .DELETE()
                .build());
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
    awaitTrue(
        () -> !Http.get(PORT_A, places).body().contains("cluster@techniekpact.nl"),
        Duration.ofSeconds(3));
  }

  @Test
  @Order(6)
  void pluginDisabledOnBIsGoneOnA() throws Exception {
    assertThat(Http.get(PORT_A, ABOUT).statusCode()).isEqualTo(200);
    // a place published on A is found by B's search (ADR 0036)
    HttpResponse<String> created =
        Http.send(
            editor(PORT_A, PLACES)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"slug\":\""
                            + PLACE
                            + "\",\"fields\":{\"title\":{\"nl\":\"Zeilmaker in opleiding\"},"
                            + "\"organisation\":\"Zeilmakerij\",\"region\":\"noord-nederland\"}}"))
                .build());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    HttpResponse<String> published =
        Http.send(
            editor(PORT_A, PLACES + "/" + PLACE + "/publication")
                .header("If-Match", etag(created))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"PUBLISHED\"}"))
                .build());
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    awaitTrue(() -> placeFound(PORT_B), Duration.ofSeconds(5));

    HttpResponse<String> disabled =
        adminPost(PORT_B, "api/v1/plugins/" + PLUGIN + "/installation/disable");

    assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
    awaitTrue(() -> Http.get(PORT_A, ABOUT).statusCode() == 404, Duration.ofSeconds(10));
    assertThat(Http.get(PORT_A, "").body()).doesNotContain("plugin-internships");
    assertThat(placeFound(PORT_B)).as("disabled here: out of the search at once").isFalse();
    awaitTrue(() -> !placeFound(PORT_A), Duration.ofSeconds(2));
  }

  /** Whether a node's search finds the place published in {@link #pluginDisabledOnBIsGoneOnA}. */
  private static boolean placeFound(int port) throws Exception {
    HttpResponse<String> found = Http.get(port, "api/v1/search?q=zeilmaker&type=plugin-item");
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    return found.body().contains("\"key\":\"" + PLACE + "\"");
  }

  @Test
  @Order(7)
  void loginFailuresCountAcrossNodes() throws Exception {
    String user = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    // five failures per username lock it (the default), whichever node they reach
    for (int i = 0; i < 4; i++) {
      int status = wrongPassword(i % 2 == 0 ? PORT_A : PORT_B, user);
      assertThat(status).as("failure " + (i + 1)).isEqualTo(401);
    }
    assertThat(wrongPassword(PORT_B, user)).as("the fifth failure locks").isEqualTo(429);

    assertThat(wrongPassword(PORT_A, user)).as("locked on the other node too").isEqualTo(429);
  }

  @Test
  @Order(8)
  void nginxLimitsAnonymousApiClientsForTheWholeCluster() throws Exception {
    assumeTrue(nginx != null, "nginx is not installed (apt-get install nginx; .ci/run does)");
    // the example allows a burst of 300 anonymous API requests per client address, then 5 a second
    List<Integer> statuses = new java.util.ArrayList<>();
    HttpResponse<String> refused = null;
    for (int i = 0; i < 400 && refused == null; i++) {
      HttpResponse<String> answer = Http.get(PORT_NGINX, "api/v1/pacts");
      statuses.add(answer.statusCode());
      if (answer.statusCode() == 429) {
        refused = answer;
      }
    }

    assertThat(refused).as("refused within 400 requests").isNotNull();
    assertThat(statuses.subList(0, 300)).as("the burst, spread over both nodes").containsOnly(200);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(refused.body()).contains("\"status\":429");
    HttpResponse<String> signedIn =
        Http.send(
            Http.request(PORT_NGINX, "api/v1/pacts")
                .header("Authorization", Http.basic("admin", ADMIN_PASSWORD))
                .GET()
                .build());
    assertThat(signedIn.statusCode()).as("callers with credentials are not limited").isEqualTo(200);
    assertThat(Http.get(PORT_A, "api/v1/pacts").statusCode())
        .as("the nodes themselves do not count nginx's address")
        .isEqualTo(200);
  }

  @Test
  @Order(8)
  void anEditorOnBIsToldThatAnEditorOnAHasTheItemsFormOpen() throws Exception {
    // a second administrator: the first one's row with another name (and so the same password)
    try (Connection c = postgres.getDatabase("cms", "cms").getConnection()) {
      c.createStatement()
          .execute(
              "INSERT INTO account (version, created_at, updated_at, username, display_name,"
                  + " password_hash, enabled) SELECT 0, now(), now(), 'beheerder-b',"
                  + " 'Tweede Beheerder', password_hash, TRUE FROM account WHERE username = 'admin'");
      c.createStatement()
          .execute(
              "INSERT INTO account_role (account_id, role_name) SELECT b.id, r.role_name"
                  + " FROM account b, account a JOIN account_role r ON r.account_id = a.id"
                  + " WHERE b.username = 'beheerder-b' AND a.username = 'admin'");
    }
    String form = "beheer/organisations/edit.xhtml?slug=friesland-college";
    BackOfficeVisitor onA = new BackOfficeVisitor(PORT_A);
    BackOfficeVisitor onB = new BackOfficeVisitor(PORT_B);
    assertThat(onA.signIn("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(302);
    assertThat(onB.signIn("beheerder-b", ADMIN_PASSWORD).statusCode()).isEqualTo(302);

    assertThat(onA.get(PORT_A, form).statusCode()).isEqualTo(200);
    HttpResponse<String> seenOnB = onB.get(PORT_B, form);

    assertThat(seenOnB.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(seenOnB.body()).select("#presence-others").text())
        .as("the presence recorded on A, read on B (ADR 0046)")
        .contains("Beheerder");
    assertThat(Jsoup.parse(onA.get(PORT_A, form).body()).select("#presence-others").text())
        .contains("Tweede Beheerder");
    // the data grid's operations ran outside the requests' context (ClusterGrid.map): none closed
    // a request's entity manager
    for (RunningCms node : List.of(a, b)) {
      assertThat(node.log()).doesNotContain("closed EntityManager");
    }
  }

  @Test
  @Order(8)
  void signingOutEverywhereElseOnAEndsTheSameAccountsSessionOnB() throws Exception {
    BackOfficeVisitor here = new BackOfficeVisitor(PORT_A);
    BackOfficeVisitor elsewhere = new BackOfficeVisitor(PORT_B);
    assertThat(here.signIn("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(302);
    assertThat(elsewhere.signIn("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(302);
    assertThat(elsewhere.get(PORT_B, "beheer/index.xhtml").statusCode()).isEqualTo(200);
    try (Connection c = postgres.getDatabase("cms", "cms").getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT last_signed_in_at > now() - interval '1 minute' FROM account"
                        + " WHERE username = 'admin'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getBoolean(1)).as("the sign-in is noted on PostgreSQL too").isTrue();
    }

    HttpResponse<String> done =
        here.submit(
            PORT_A,
            "beheer/account.xhtml",
            "sessions",
            Map.of("sessions:password", ADMIN_PASSWORD, "sessions:endOthers", ""));

    assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
    assertThat(here.get(PORT_A, "beheer/index.xhtml").statusCode()).isEqualTo(200);
    HttpResponse<String> onB = elsewhere.get(PORT_B, "beheer/index.xhtml");
    assertThat(onB.statusCode()).as("ended on B at once: ADR 0049").isEqualTo(302);
    assertThat(onB.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml?ended=true"));
  }

  @Test
  @Order(9)
  void killingANodeLosesNoCommittedChangeNorTheSessionsOnItAndTheOtherKeepsServing()
      throws Exception {
    BackOfficeVisitor editor = new BackOfficeVisitor(PORT_A);
    assertThat(editor.signIn("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(302);
    assertThat(editor.get(PORT_A, "beheer/index.xhtml").statusCode()).isEqualTo(200);
    HttpResponse<String> enabled =
        adminPost(PORT_A, "api/v1/plugins/" + PLUGIN + "/installation/enable");
    assertThat(enabled.statusCode()).as(enabled.body()).isEqualTo(200);

    Load onB = Load.on("load-on-b", PORT_B);
    Load throughNginx = nginx == null ? null : Load.on("load-through-nginx", PORT_NGINX);
    Thread.sleep(1000);

    a.kill();
    long killed = System.nanoTime();
    awaitTrue(() -> members(PORT_B) == 1, Duration.ofSeconds(45));
    System.out.printf("B saw A leave %.1f s after kill -9%n", (System.nanoTime() - killed) / 1e9);
    HttpResponse<String> sameSessionOnB = editor.get(PORT_B, "beheer/index.xhtml");
    assertThat(Http.get(PORT_B, ABOUT).statusCode())
        .as("enabled on A just before A died")
        .isEqualTo(200);
    Thread.sleep(Math.max(0, 3000 - (System.nanoTime() - killed) / 1_000_000));
    onB.stop();

    assertThat(onB.failures()).as("B answered every request while A died").isEmpty();
    assertThat(onB.answered()).isPositive();
    if (throughNginx != null) {
      throughNginx.stop();
      assertThat(throughNginx.failures())
          .as("nginx answered every request, retrying on B what A did not answer")
          .isEmpty();
      assertThat(throughNginx.answered()).isPositive();
      System.out.printf(
          "While A was killed: %d pages from B directly, %d through nginx, no failures%n",
          onB.answered(), throughNginx.answered());
    }
    assertThat(sameSessionOnB.statusCode()).as("the session made on A, read on B").isEqualTo(200);
    assertThat(Jsoup.parse(sameSessionOnB.body()).select("#welcome").text()).contains("Beheerder");
    try (Connection c = postgres.getDatabase("cms", "cms").getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT state FROM cms_plugin WHERE plugin_id = '" + PLUGIN + "'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("ENABLED");
    }
  }

  @Test
  @Order(10)
  void theKilledNodeComesBackAndCatchesUp() throws Exception {
    HttpResponse<String> disabled =
        adminPost(PORT_B, "api/v1/plugins/" + PLUGIN + "/installation/disable");
    assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);

    a = start(0, PORT_A);
    a.await("health", 200, "\"status\":\"UP\"", ClusterNode.BOOT);
    awaitTrue(() -> members(PORT_A) == 2 && members(PORT_B) == 2, Duration.ofSeconds(60));

    assertThat(Http.get(PORT_A, ABOUT).statusCode()).as("disabled while A was down").isEqualTo(404);
    awaitTrue(
        () -> Http.get(PORT_A, "api/v1/search?q=zeilmaker").statusCode() == 200,
        Duration.ofSeconds(60));
    assertThat(placeFound(PORT_A)).as("A's kept index caught up: plugin disabled").isFalse();
    HttpResponse<String> enabled =
        adminPost(PORT_A, "api/v1/plugins/" + PLUGIN + "/installation/enable");
    assertThat(enabled.statusCode()).as(enabled.body()).isEqualTo(200);
    awaitTrue(() -> Http.get(PORT_B, ABOUT).statusCode() == 200, Duration.ofSeconds(10));
    assertThat(placeFound(PORT_A)).as("enabled here: back in the search at once").isTrue();
    awaitTrue(() -> placeFound(PORT_B), Duration.ofSeconds(2));
  }

  private static HttpResponse<String> adminPost(int port, String path) throws Exception {
    return Http.send(editor(port, path).POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  /** The number of data grid members a node's /health reports. */
  private static int members(int port) throws Exception {
    java.util.regex.Matcher members =
        java.util.regex.Pattern.compile("\"members\":\"?(\\d+)")
            .matcher(Http.get(port, "health").body());
    return members.find() ? Integer.parseInt(members.group(1)) : 0;
  }

  private static int wrongPassword(int port, String user) throws Exception {
    return Http.send(
            Http.request(port, "api/v1/me")
                .header("Authorization", Http.basic(user, "wrong-password"))
                .GET()
                .build())
        .statusCode();
  }

  interface Check {
    boolean holds() throws Exception;
  }

  private static void awaitTrue(Check check, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        if (check.holds()) {
          return;
        }
      } catch (java.io.IOException notNow) {
        // a node not answering yet
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + timeout);
      }
      Thread.sleep(100);
    }
  }
}
