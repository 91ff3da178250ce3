package nl.techniekpact.cms.it.publishing;

import static nl.techniekpact.cms.it.publishing.EditorClient.etag;
import static nl.techniekpact.cms.it.publishing.EditorClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.DropIn;
import nl.techniekpact.cms.it.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Items of a plugin's content type (the example plugin's internship places) in the site search (ADR
 * 0036): found over {@code /api/v1/search} and on {@code /zoeken} once published, with the plugin's
 * name for their type and a link to the plugin's page; out again when unpublished, scheduled for
 * later or deleted; out at once while the plugin is disabled and back when it is enabled; and,
 * changed while the index was closed, found as they are after its restart. Installs the example
 * plugin and removes it again, and deletes every item it made.
 */
class PluginContentSearchIT extends DeployedCms {

  private static final String TYPE = "api/v1/content/example-internships/internship-place";
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final List<String> MADE = new ArrayList<>();

  private static EditorClient national;

  @BeforeAll
  static void installExamplePlugin() throws Exception {
    assertThat(DropIn.install("internships").done()).isTrue();
    national = EditorClient.as(PublishingITAccounts.NATIONAL);
  }

  @AfterAll
  static void deleteItemsAndRemoveThePlugin() throws Exception {
    try {
      DropIn.command("example-internships", "enable");
      for (String slug : MADE) {
        HttpResponse<String> current = national.get(TYPE + "/" + slug);
        if (current.statusCode() == 200 && !json(current).containsKey("deletedAt")) {
          national.send("DELETE", TYPE + "/" + slug, null, etag(current));
        }
      }
    } finally {
      DropIn.removeQuietly("example-internships");
    }
  }

  @Test
  void aPublishedPlaceIsFoundWithItsPluginsTypeAndPageAndEveryHiddenStateRemovesIt()
      throws Exception {
    String slug = slug("zeppelin");
    HttpResponse<String> draft =
        national.send(
            "POST",
            TYPE,
            place(slug, "Zeppelinbouwer in opleiding", "Airship builder trainee", "Werf Twente"));
    assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
    settled();
    assertThat(search("q=zeppelinbouwer").getInt("total")).as("draft").isZero();

    HttpResponse<String> published = publish(slug, draft);
    JsonObject hit = only(search("q=zeppelinbouwers"));
    assertThat(hit.getString("type")).isEqualTo("plugin-item");
    assertThat(hit.getString("key")).isEqualTo(slug);
    assertThat(hit.getString("title")).isEqualTo("Zeppelinbouwer in opleiding");
    assertThat(hit.getString("contentType")).isEqualTo("example-internships/internship-place");
    assertThat(hit.getString("typeLabel")).isEqualTo("Stage- of leerbaan");
    assertThat(hit.getString("link")).isEqualTo("/p/example-internships/places");
    assertThat(hit.containsKey("api")).as("the content API is for editors").isFalse();
    assertThat(get(hit.getString("link").substring(1)).body())
        .as("the linked page shows the item")
        .contains("Zeppelinbouwer in opleiding");
    assertThat(only(search("q=werf+twente")).getString("key"))
        .as("other text fields")
        .isEqualTo(slug);

    JsonObject english = only(search("q=airship&lang=en"));
    assertThat(english.getString("title")).isEqualTo("Airship builder trainee");
    assertThat(english.getString("typeLabel")).isEqualTo("Internship or apprenticeship");
    assertThat(english.getString("link")).isEqualTo("/p/example-internships/places?lang=en");

    assertThat(only(search("q=zeppelinbouwer&type=plugin-item")).getString("key")).isEqualTo(slug);
    assertThat(search("q=zeppelinbouwer&type=case").getInt("total")).isZero();

    HttpResponse<String> page = get("zoeken?q=zeppelinbouwer+werf");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("data-type=\"plugin-item\"", "data-key=\"example-internships/internship-place/")
        .contains(">Stage- of leerbaan<", "href=\"/p/example-internships/places\"")
        .contains("<mark>Werf</mark> Twente");
    assertThat(get("zoeken?q=zeppelinbouwer&lang=en").body())
        .contains(
            ">Internship or apprenticeship<", "href=\"/p/example-internships/places?lang=en\"");

    HttpResponse<String> later =
        national.send(
            "PUT",
            TYPE + "/" + slug + "/publication",
            "{\"status\":\"SCHEDULED\",\"publishAt\":\"" + Instant.now().plusSeconds(3600) + "\"}",
            etag(published));
    assertThat(later.statusCode()).as(later.body()).isEqualTo(200);
    settled();
    assertThat(search("q=zeppelinbouwer").getInt("total")).as("scheduled for later").isZero();

    HttpResponse<String> again = publish(slug, later);
    assertThat(search("q=zeppelinbouwer").getInt("total")).as("published again").isEqualTo(1);
    HttpResponse<String> deleted = national.send("DELETE", TYPE + "/" + slug, null, etag(again));
    assertThat(deleted.statusCode()).as(deleted.body()).isIn(200, 204);
    settled();
    assertThat(search("q=zeppelinbouwer").getInt("total")).as("deleted").isZero();
  }

  @Test
  void disablingThePluginTakesItsItemsOutAtOnceAndEnablingBringsThemBack() throws Exception {
    String slug = slug("klokkengieter");
    HttpResponse<String> created =
        national.send(
            "POST", TYPE, place(slug, "Klokkengieter gezocht", "Bell founder wanted", "Gieterij"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    publish(slug, created);
    assertThat(search("q=klokkengieter").getInt("total")).isEqualTo(1);

    assertThat(DropIn.command("example-internships", "disable").done()).isTrue();
    try {
      assertThat(search("q=klokkengieter").getInt("total")).as("disabled, not waited").isZero();
      assertThat(get("zoeken?q=klokkengieter").body()).doesNotContain("data-type=\"plugin-item\"");
    } finally {
      assertThat(DropIn.command("example-internships", "enable").done()).isTrue();
    }
    assertThat(only(search("q=klokkengieter")).getString("key")).as("enabled").isEqualTo(slug);
  }

  @Test
  void aPlaceChangedWhileTheIndexWasClosedIsFoundAsItIsAfterTheRestart() throws Exception {
    String slug = slug("kantklosser");
    HttpResponse<String> created =
        national.send(
            "POST", TYPE, place(slug, "Kantklosser in opleiding", "Lace maker", "Atelier"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    publish(slug, created);
    assertThat(search("q=kantklosser").getInt("total")).isEqualTo(1);

    HttpResponse<String> quiet =
        send(
            request(
                    "api/v1/it-fixtures/search/plugin-items/example-internships/internship-place/"
                        + slug
                        + "?title="
                        + URLEncoder.encode("Glasblazer in opleiding", StandardCharsets.UTF_8))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(quiet.statusCode()).as(quiet.body()).isEqualTo(200);
    settled();
    assertThat(search("q=glasblazer").getInt("total")).as("not told").isZero();

    HttpResponse<String> restart =
        send(
            request("api/v1/it-fixtures/search/restart")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(restart.body()).startsWith("opening=KEPT");

    assertThat(only(search("q=glasblazer")).getString("key")).isEqualTo(slug);
    assertThat(search("q=kantklosser").getInt("total")).isZero();
  }

  @Test
  void aResultsPageWithAPlacesHitHasNoWcag21AaViolations() throws Exception {
    String slug = slug("orgelbouwer");
    HttpResponse<String> created =
        national.send("POST", TYPE, place(slug, "Orgelbouwer & Zn", "Organ builder", "Werkplaats"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    publish(slug, created);

    try (Browser browser = Browser.start()) {
      browser.open(uri("zoeken?q=orgelbouwer").toString());
      WebElement result =
          browser.driver().findElement(By.cssSelector(".search-result[data-type='plugin-item']"));
      assertThat(result.findElement(By.cssSelector(".label")).getText())
          .isEqualTo("Stage- of leerbaan");
      assertThat(result.findElement(By.cssSelector("a")).getText())
          .as("escaped, shown as typed")
          .isEqualTo("Orgelbouwer & Zn");
      assertThat(browser.driver().getPageSource()).doesNotContain("Orgelbouwer & Zn");
      assertThat(browser.accessibilityViolations()).isEmpty();
      browser.screenshot("search-plugin-item", Browser.PHONE);
    }
  }

  private static HttpResponse<String> publish(String slug, HttpResponse<String> current)
      throws Exception {
    HttpResponse<String> published =
        national.send(
            "PUT", TYPE + "/" + slug + "/publication", "{\"status\":\"PUBLISHED\"}", etag(current));
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    settled();
    return published;
  }

  private static void settled() throws Exception {
    HttpResponse<String> response =
        send(
            request("api/v1/it-fixtures/search/settled")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(response.body()).isEqualTo("ok");
  }

  private static JsonObject search(String query) throws Exception {
    return json(get("api/v1/search?" + query));
  }

  private static JsonObject only(JsonObject page) {
    assertThat(page.getInt("total")).as(page.toString()).isEqualTo(1);
    return page.getJsonArray("items").getJsonObject(0);
  }

  private static String slug(String prefix) {
    String slug =
        "it-" + prefix + "-" + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 100000;
    MADE.add(slug);
    return slug;
  }

  private static String place(String slug, String title, String english, String organisation) {
    return "{\"slug\":\""
        + slug
        + "\",\"fields\":{\"title\":{\"nl\":\""
        + title
        + "\",\"en\":\""
        + english
        + "\"},\"organisation\":\""
        + organisation
        + "\",\"region\":\"noord-nederland\",\"level\":\"MBO\",\"places\":2,"
        + "\"apply-at\":\"https://example.org/apply/"
        + slug
        + "\"}}";
  }
}
