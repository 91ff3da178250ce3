package nl.techniekpact.cms.it.publishing;

import static nl.techniekpact.cms.it.publishing.EditorClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.DropIn;
import nl.techniekpact.cms.it.FormClient;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Items of a plugin's content type (the example plugin's internship places), stored by the CMS and
 * edited over {@code /api/v1/content/{plugin}/{type}} with the one set of write rules: created,
 * changed and published by an editor they appear on the plugin's own page and endpoint; invalid
 * fields are refused one by one; regional editors only reach their region's items; every plugin's
 * listener is told after commit and a throwing listener never breaks a save; removing the plugin
 * keeps its items, which come back with it. Installs the example plugin and removes it again, and
 * deletes every item it made.
 */
class PluginContentIT extends DeployedCms {

  private static final String TYPE = "api/v1/content/example-internships/internship-place";
  private static final String PAGE = "p/example-internships/places";
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final List<String> MADE = new ArrayList<>();

  private static EditorClient national;
  private static EditorClient regional;
  private static EditorClient pluginAdmin;

  @BeforeAll
  static void installExamplePlugin() throws Exception {
    assertThat(DropIn.install("internships").done()).isTrue();
    national = EditorClient.as(PublishingITAccounts.NATIONAL);
    regional = EditorClient.as(PublishingITAccounts.REGIONAL);
    pluginAdmin = EditorClient.as(PublishingITAccounts.PLUGIN_ADMIN);
  }

  @AfterAll
  static void deleteItemsAndRemovePlugins() throws Exception {
    try {
      for (String slug : MADE) {
        HttpResponse<String> current = national.get(TYPE + "/" + slug);
        if (current.statusCode() == 200 && !json(current).containsKey("deletedAt")) {
          national.send("DELETE", TYPE + "/" + slug, null, etag(current));
        }
      }
    } finally {
      DropIn.removeQuietly("fixture-listener-fails");
      DropIn.removeQuietly("example-internships");
    }
  }

  @Test
  void placeCreatedChangedAndPublishedOverTheApiShowsOnThePluginsPageAndEndpoint()
      throws Exception {
    HttpResponse<String> types = national.get("api/v1/content");
    assertThat(types.statusCode()).as(types.body()).isEqualTo(200);
    assertThat(types.body())
        .contains("\"plugin\":\"example-internships\"", "\"key\":\"internship-place\"")
        .contains("\"labelEn\":\"Internship or apprenticeship\"", "\"type\":\"REGION\"");

    String slug = slug("lasser");
    HttpResponse<String> created =
        national.send("POST", TYPE, place(slug, "Lasser in opleiding", "noord-nederland"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith(slug));
    assertThat(json(created).getString("status")).isEqualTo("DRAFT");
    assertThat(json(created).getString("region")).isEqualTo("noord-nederland");
    assertThat(get(PAGE).body()).doesNotContain("Lasser");

    HttpResponse<String> changed =
        national.send(
            "PUT",
            TYPE + "/" + slug,
            place(null, "Lasser constructiewerk", "noord-nederland"),
            etag(created));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    HttpResponse<String> published =
        national.send(
            "PUT", TYPE + "/" + slug + "/publication", "{\"status\":\"PUBLISHED\"}", etag(changed));
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);

    HttpResponse<String> page = get(PAGE);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Lasser constructiewerk", "Smederij Noord", "https://example.org/apply/x")
        .doesNotContain("Lasser in opleiding")
        .contains("Procesoperator");
    assertThat(get("p/example-internships/places?lang=en").body())
        .contains("Welder, structural work");
    assertThat(get("api/v1/plugins/example-internships/places/noord-nederland").body())
        .contains("Lasser constructiewerk");
    assertThat(get("api/v1/plugins/example-internships/places/zuid-nederland").body())
        .doesNotContain("Lasser");

    HttpResponse<String> revisions = national.get(TYPE + "/" + slug + "/revisions");
    assertThat(array(revisions.body()).size()).isEqualTo(3);
    HttpResponse<String> first = national.get(TYPE + "/" + slug + "/revisions/1");
    assertThat(first.body()).contains("Lasser in opleiding");
    HttpResponse<String> audit = national.get("api/v1/audit?item=" + slug);
    assertThat(audit.body()).contains("example-internships/internship-place");

    awaitChanges(
        changes -> changes.contains("PUBLISHED " + slug) && changes.contains("CREATED " + slug));
  }

  @Test
  void invalidFieldsAreRefusedEachNamedAndNothingIsStored() throws Exception {
    String slug = slug("fout");
    HttpResponse<String> refused =
        national.send(
            "POST",
            TYPE,
            "{\"slug\":\""
                + slug
                + "\",\"fields\":{\"title\":{\"en\":\"Only English\"},\"region\":\"atlantis\","
                + "\"places\":\"veel\",\"apply-at\":\"javascript:alert(1)\",\"colour\":\"red\"}}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.body())
        .contains(
            "fields.title",
            "fields.organisation",
            "fields.region",
            "fields.places",
            "fields.apply-at",
            "fields.colour");
    assertThat(national.get(TYPE + "/" + slug).statusCode()).isEqualTo(404);
  }

  @Test
  void regionalEditorsReachOnlyTheItemsOfTheirOwnRegion() throws Exception {
    String own = slug("eigen");
    HttpResponse<String> ownCreated =
        regional.send("POST", TYPE, place(own, "Eigen plaats", PublishingITAccounts.REGION));
    assertThat(ownCreated.statusCode()).as(ownCreated.body()).isEqualTo(201);

    String elsewhere = slug("elders");
    HttpResponse<String> refused =
        regional.send(
            "POST", TYPE, place(elsewhere, "Andere regio", PublishingITAccounts.OTHER_REGION));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(national.get(TYPE + "/" + elsewhere).statusCode()).isEqualTo(404);

    HttpResponse<String> other =
        national.send(
            "POST", TYPE, place(elsewhere, "Andere regio", PublishingITAccounts.OTHER_REGION));
    assertThat(other.statusCode()).isEqualTo(201);
    assertThat(regional.get(TYPE + "/" + elsewhere).statusCode()).isEqualTo(403);
    assertThat(regional.send("DELETE", TYPE + "/" + elsewhere, null, etag(other)).statusCode())
        .isEqualTo(403);
    HttpResponse<String> moved =
        regional.send(
            "PUT",
            TYPE + "/" + own,
            place(null, "Eigen plaats", PublishingITAccounts.OTHER_REGION),
            etag(ownCreated));
    assertThat(moved.statusCode()).isEqualTo(403);

    HttpResponse<String> list = regional.get(TYPE + "?size=100");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(own).doesNotContain(elsewhere);
    assertThat(national.get(TYPE + "?size=100").body()).contains(own, elsewhere);

    // the back office's overview: the own region's draft among the drafts, the other's not
    Document overview =
        new FormClient()
            .signIn(PublishingITAccounts.REGIONAL, SecurityITAccounts.PASSWORD)
            .page("beheer/index.xhtml");
    assertThat(overview.select("#section-drafts li[data-type=plugin-item]").eachAttr("data-slug"))
        .contains(own)
        .doesNotContain(elsewhere);
    assertThat(overview.select("#section-drafts li[data-slug=" + own + "]").text())
        .contains("Eigen plaats (Stage- of leerbaan, concept)");
  }

  @Test
  void onlyEditorsEditAndOnlyTypesOfRunningPlugins() throws Exception {
    assertThat(EditorClient.anonymous().get(TYPE).statusCode()).isEqualTo(401);
    assertThat(pluginAdmin.get(TYPE).statusCode()).isEqualTo(403);
    assertThat(national.get("api/v1/content/example-internships/unknown-type").statusCode())
        .isEqualTo(404);
    assertThat(national.get("api/v1/content/no-such-plugin/internship-place").statusCode())
        .isEqualTo(404);
  }

  @Test
  void aThrowingListenerIsCountedAndPausedWhileEverySaveSucceeds() throws Exception {
    assertThat(DropIn.install("listener-fails").done()).isTrue();
    try {
      String slug = slug("luisteraar");
      HttpResponse<String> saved =
          national.send("POST", TYPE, place(slug, "Luisteraar 0", "noord-nederland"));
      assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
      for (int i = 1; i <= 5; i++) {
        saved =
            national.send(
                "PUT",
                TYPE + "/" + slug,
                place(null, "Luisteraar " + i, "noord-nederland"),
                etag(saved));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
      }

      awaitChanges(changes -> changes.contains("UPDATED " + slug));
      HttpResponse<String> plugins = awaitPlugins(body -> body.contains("PAUSED"));
      assertThat(plugins.body()).contains("content listener BrokenListener");
      assertThat(json(national.get(TYPE + "/" + slug)).getJsonObject("fields").toString())
          .contains("Luisteraar 5");
    } finally {
      DropIn.removeQuietly("fixture-listener-fails");
    }
  }

  @Test
  void removingThePluginKeepsItsItemsAndInstallingItAgainShowsThemAgain() throws Exception {
    String slug = slug("blijft");
    HttpResponse<String> created =
        national.send("POST", TYPE, place(slug, "Blijvende plaats", "oost-nederland"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    HttpResponse<String> published =
        national.send(
            "PUT", TYPE + "/" + slug + "/publication", "{\"status\":\"PUBLISHED\"}", etag(created));
    assertThat(published.statusCode()).isEqualTo(200);

    assertThat(DropIn.command("example-internships", "remove").done()).isTrue();
    try {
      assertThat(national.get(TYPE + "/" + slug).statusCode()).isEqualTo(404);
      assertThat(get(PAGE).statusCode()).isEqualTo(404);
    } finally {
      assertThat(DropIn.install("internships").done()).isTrue();
    }

    HttpResponse<String> again = national.get(TYPE + "/" + slug);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).getString("status")).isEqualTo("PUBLISHED");
    assertThat(get(PAGE).body()).contains("Blijvende plaats");
  }

  @Test
  void aScheduledPlaceIsPublishedByTheTimerAndThePluginIsTold() throws Exception {
    String slug = slug("gepland");
    HttpResponse<String> created =
        national.send("POST", TYPE, place(slug, "Geplande plaats", "noord-nederland"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String at = Instant.now().plusSeconds(2).toString();
    HttpResponse<String> scheduled =
        national.send(
            "PUT",
            TYPE + "/" + slug + "/publication",
            "{\"status\":\"SCHEDULED\",\"publishAt\":\"" + at + "\"}",
            etag(created));
    assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
    assertThat(json(scheduled).getString("status")).isEqualTo("SCHEDULED");

    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    String status = "SCHEDULED";
    while (Instant.now().isBefore(until) && !status.equals("PUBLISHED")) {
      Thread.sleep(500);
      status = json(national.get(TYPE + "/" + slug)).getString("status");
    }
    assertThat(status).isEqualTo("PUBLISHED");
    assertThat(get(PAGE).body()).contains("Geplande plaats");
    awaitChanges(changes -> changes.contains("PUBLISHED " + slug));
  }

  private static String slug(String prefix) {
    String slug =
        "it-" + prefix + "-" + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 100000;
    MADE.add(slug);
    return slug;
  }

  private static String place(String slug, String title, String region) {
    return "{"
        + (slug == null ? "" : "\"slug\":\"" + slug + "\",")
        + "\"fields\":{\"title\":{\"nl\":\""
        + title
        + "\",\"en\":\"Welder, structural work\"},\"organisation\":\"Smederij Noord\","
        + "\"region\":\""
        + region
        + "\",\"level\":\"MBO\",\"places\":2,\"apply-at\":\"https://example.org/apply/"
        + (slug == null ? "x" : slug)
        + "\"}}";
  }

  private static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }

  private static jakarta.json.JsonArray array(String body) {
    try (jakarta.json.JsonReader reader =
        jakarta.json.Json.createReader(new java.io.StringReader(body))) {
      return reader.readArray();
    }
  }

  private static void awaitChanges(Predicate<String> wanted) throws Exception {
    Instant until = Instant.now().plus(Duration.ofSeconds(20));
    String last = "";
    while (Instant.now().isBefore(until)) {
      last = get("api/v1/plugins/example-internships/changes").body();
      if (wanted.test(last)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("The plugin's listener did not see the change: " + last);
  }

  private static HttpResponse<String> awaitPlugins(Predicate<String> wanted) throws Exception {
    Instant until = Instant.now().plus(Duration.ofSeconds(20));
    HttpResponse<String> last = null;
    while (Instant.now().isBefore(until)) {
      last = pluginAdmin.get("api/v1/plugins");
      JsonObject fixture =
          array(last.body()).stream()
              .map(value -> value.asJsonObject())
              .filter(plugin -> plugin.getString("id").equals("fixture-listener-fails"))
              .findFirst()
              .orElseThrow();
      if (wanted.test(fixture.toString())) {
        return last;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("The listener's plugin was not paused: " + last.body());
  }
}
