package nl.techniekpact.cms.it.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.techniekpact.cms.it.ApiToken;
import nl.techniekpact.cms.it.DeployedCms;
import nl.techniekpact.cms.it.DropIn;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The page cache against the running CMS: hits are served from memory ({@code X-Cache}), drafts are
 * never served, every change is seen at once — an edit, an unpublish, a publish, a scheduled moment
 * passing without any event, a plugin enabled or disabled — and pages answer conditional GETs.
 * Content is changed through {@link PageCacheITContent}, which writes and fires {@code
 * ContentChanged} as every write path does. Each test asks for the home page under a query string
 * of its own, so it starts with an empty entry.
 */
class PageCacheIT extends DeployedCms {

  private static final String CASE = "make-it-move";
  private static final String SEED_TITLE = "Make it Move";

  @AfterEach
  void restore() throws Exception {
    change("title?nl=" + SEED_TITLE.replace(" ", "%20"));
    change("publish");
    DropIn.removeQuietly("example-internships");
  }

  @Test
  void secondAnonymousRequestIsServedFromTheCacheWithTheSameBytesAndTag() throws Exception {
    String page = "?it=hit-" + System.nanoTime();

    HttpResponse<String> first = get(page);
    HttpResponse<String> second = get(page);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("X-Cache")).hasValue("miss");
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.headers().firstValue("X-Cache")).hasValue("hit");
    assertThat(second.body()).isEqualTo(first.body()).contains(SEED_TITLE);
    assertThat(second.headers().firstValue("ETag"))
        .isEqualTo(first.headers().firstValue("ETag"))
        .hasValueSatisfying(tag -> assertThat(tag).matches("\"[A-Za-z0-9_-]{27}\""));
    assertThat(second.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(second.headers().firstValue("Cache-Control")).hasValue("no-cache");
    assertThat(second.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void aHitAnsweredBeforeAuthenticationCarriesEveryHeaderOfTheRenderedPage() throws Exception {
    String page = "?it=headers-" + System.nanoTime();
    awaitLastModified();

    HttpResponse<String> miss = get(page);
    HttpResponse<String> hit = get(page);

    assertThat(hit.headers().firstValue("X-Cache")).hasValue("hit");
    for (String name :
        List.of(
            "Content-Type",
            "Content-Security-Policy",
            "X-Content-Type-Options",
            "Referrer-Policy",
            "Permissions-Policy",
            "X-Frame-Options",
            "Cross-Origin-Opener-Policy",
            "ETag",
            "Last-Modified",
            "Cache-Control")) {
      assertThat(hit.headers().allValues(name)).as(name).isEqualTo(miss.headers().allValues(name));
    }
    assertThat(hit.headers().map().keySet().stream().map(n -> n.toLowerCase(Locale.ROOT)))
        .containsExactlyInAnyOrderElementsOf(
            miss.headers().map().keySet().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
  }

  @Test
  void aClientThatAcceptsGzipGetsTheSamePageGzippedOnTheMissAndTheHits() throws Exception {
    String page = "?it=gzip-" + System.nanoTime();

    HttpResponse<byte[]> miss = getGzip(page, "gzip, deflate, br");
    HttpResponse<byte[]> hit = getGzip(page, "gzip, deflate, br");
    HttpResponse<String> plain = get(page);
    HttpResponse<byte[]> head =
        send(
            request(page)
                .header("Accept-Encoding", "gzip")
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());

    assertThat(miss.headers().firstValue("X-Cache")).hasValue("miss");
    assertThat(hit.headers().firstValue("X-Cache")).hasValue("hit");
    assertThat(plain.headers().firstValue("X-Cache")).hasValue("hit");
    for (HttpResponse<byte[]> gzipped : List.of(miss, hit)) {
      assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
      assertThat(gzipped.headers().allValues("Vary")).contains("Accept-Encoding");
      assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
      assertThat(gzipped.body().length).isLessThan(plain.body().length() / 3);
    }
    assertThat(hit.body()).isEqualTo(miss.body());
    String plainTag = plain.headers().firstValue("ETag").orElseThrow();
    assertThat(hit.headers().firstValue("ETag"))
        .hasValue(plainTag.substring(0, plainTag.length() - 1) + "-gz\"");
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(plain.headers().allValues("Vary")).contains("Accept-Encoding");
    assertThat(head.headers().firstValue("Content-Length"))
        .hasValue(Integer.toString(hit.body().length));

    HttpResponse<byte[]> revalidated =
        send(
            request(page)
                .header("Accept-Encoding", "gzip")
                .header("If-None-Match", hit.headers().firstValue("ETag").orElseThrow())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(revalidated.statusCode()).isEqualTo(304);
    assertThat(getGzip(page, "gzip;q=0").headers().firstValue("Content-Encoding")).isEmpty();
  }

  private static HttpResponse<byte[]> getGzip(String path, String acceptEncoding) throws Exception {
    return send(
        request(path).header("Accept-Encoding", acceptEncoding).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String gunzip(byte[] body) throws java.io.IOException {
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aHitIsAnsweredBeforeTheRequestListenersAndAMissRunsThem() throws Exception {
    String query = PageCacheITRequestListener.PREFIX + System.nanoTime();

    HttpResponse<String> miss = get("?" + query);
    HttpResponse<String> hit = get("?" + query);
    HttpResponse<String> head =
        send(request("?" + query).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

    assertThat(miss.headers().firstValue("X-Cache")).hasValue("miss");
    assertThat(hit.headers().firstValue("X-Cache")).hasValue("hit");
    assertThat(head.headers().firstValue("X-Cache")).hasValue("hit");
    assertThat(head.headers().firstValue("Content-Length"))
        .hasValue(Integer.toString(hit.body().getBytes(StandardCharsets.UTF_8).length));
    // the miss went through the web application (listeners, filters, render); the hits did not
    assertThat(requestListenerSaw(query)).isEqualTo(1);

    HttpResponse<String> withSession =
        send(request("?" + query).header("Cookie", "TPSESSION=not-a-session").build());
    assertThat(withSession.headers().firstValue("X-Cache")).isEmpty();
    assertThat(requestListenerSaw(query)).isEqualTo(2);
  }

  private static int requestListenerSaw(String query) throws Exception {
    HttpResponse<String> response =
        send(
            request(
                    "api/v1/it-fixtures/page-cache/request-listener?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .header("Authorization", adminCredentials())
                .build());
    assertThat(response.statusCode()).isEqualTo(200);
    return Integer.parseInt(response.body().strip());
  }

  @Test
  void englishAndDutchAreCachedApart() throws Exception {
    String page = "?it=lang-" + System.nanoTime();
    get(page);
    get(page + "&lang=en");

    HttpResponse<String> dutch = get(page);
    HttpResponse<String> english = get(page + "&lang=en");

    assertThat(dutch.headers().firstValue("X-Cache")).hasValue("hit");
    assertThat(english.headers().firstValue("X-Cache")).hasValue("hit");
    assertThat(dutch.body()).contains("lang=\"nl\"");
    assertThat(english.body()).contains("lang=\"en\"");
  }

  @Test
  void matchingEntityTagOrDateGets304WithoutBody() throws Exception {
    String page = "?it=304-" + System.nanoTime();
    awaitLastModified();
    HttpResponse<String> full = get(page);
    String tag = full.headers().firstValue("ETag").orElseThrow();
    String date = full.headers().firstValue("Last-Modified").orElseThrow();

    HttpResponse<String> byTag = send(request(page).header("If-None-Match", tag).build());
    HttpResponse<String> byWeakTagInList =
        send(request(page).header("If-None-Match", "\"other\", W/" + tag).build());
    HttpResponse<String> byDate = send(request(page).header("If-Modified-Since", date).build());
    HttpResponse<String> otherTag =
        send(request(page).header("If-None-Match", "\"other\"").build());
    HttpResponse<String> otherTagButDate =
        send(
            request(page)
                .header("If-None-Match", "\"other\"")
                .header("If-Modified-Since", date)
                .build());

    assertThat(byTag.statusCode()).isEqualTo(304);
    assertThat(byTag.body()).isEmpty();
    assertThat(byTag.headers().firstValue("ETag")).hasValue(tag);
    assertThat(byWeakTagInList.statusCode()).isEqualTo(304);
    assertThat(byDate.statusCode()).isEqualTo(304);
    assertThat(otherTag.statusCode()).isEqualTo(200);
    assertThat(otherTag.body()).isEqualTo(full.body());
    // If-None-Match decides alone when present (RFC 9110, 13.2.2)
    assertThat(otherTagButDate.statusCode()).isEqualTo(200);
  }

  @Test
  void afterAnEditTheOldTagAndDateNoLongerMatch() throws Exception {
    String page = "?it=revalidate-" + System.nanoTime();
    awaitLastModified();
    HttpResponse<String> before = get(page);
    String tag = before.headers().firstValue("ETag").orElseThrow();
    String date = before.headers().firstValue("Last-Modified").orElseThrow();

    // most often within the second of the page above, which then has the same date
    change("title?nl=Opnieuw%20gevalideerd");

    HttpResponse<String> byTag = send(request(page).header("If-None-Match", tag).build());
    HttpResponse<String> byDate = send(request(page).header("If-Modified-Since", date).build());
    assertThat(byTag.statusCode()).isEqualTo(200);
    assertThat(byTag.body()).contains("Opnieuw gevalideerd");
    assertThat(byDate.statusCode()).isEqualTo(200);
    assertThat(byDate.body()).contains("Opnieuw gevalideerd");
    // until the edit's second is over, the page has no date that could also name the old copy
    byDate
        .headers()
        .firstValue("Last-Modified")
        .ifPresent(newDate -> assertThat(httpDate(newDate)).isAfter(httpDate(date)));
    awaitLastModified();
    assertThat(httpDate(get(page).headers().firstValue("Last-Modified").orElseThrow()))
        .isAfter(httpDate(date));
  }

  private static Instant httpDate(String value) {
    return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
  }

  /**
   * Waits until pages carry {@code Last-Modified} again: they do once the second after the last
   * change of public content has come.
   */
  private static void awaitLastModified() throws Exception {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (get("?it=dated-" + System.nanoTime()).headers().firstValue("Last-Modified").isEmpty()) {
      assertThat(System.nanoTime()).as("pages carry Last-Modified again").isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  @Test
  void signedInCallersSessionsTheApiAndTheBackOfficePassByTheCache() throws Exception {
    String page = "?it=bypass-" + System.nanoTime();
    get(page);

    HttpResponse<String> signedIn =
        send(request(page).header("Authorization", adminCredentials()).build());
    HttpResponse<String> withSession =
        send(request(page).header("Cookie", "TPSESSION=not-a-real-session").build());
    HttpResponse<String> post =
        send(request(page).POST(HttpRequest.BodyPublishers.noBody()).build());

    assertThat(signedIn.headers().firstValue("X-Cache")).isEmpty();
    assertThat(withSession.headers().firstValue("X-Cache")).isEmpty();
    assertThat(post.headers().firstValue("X-Cache")).isEmpty();
    assertThat(get("api/v1/goals").headers().firstValue("X-Cache")).isEmpty();
    assertThat(get("login.xhtml").headers().firstValue("X-Cache")).isEmpty();
    assertThat(get("robots.txt").headers().firstValue("X-Cache")).isEmpty();
  }

  @Test
  void editUnpublishAndPublishAreSeenAtOnceAndADraftIsNeverServed() throws Exception {
    String page = "?it=changes-" + System.nanoTime();
    get(page);
    assertThat(get(page).headers().firstValue("X-Cache")).hasValue("hit");

    change("title?nl=Bewerkt%20door%20PageCacheIT");
    HttpResponse<String> edited = get(page);
    assertThat(edited.headers().firstValue("X-Cache")).hasValue("miss");
    assertThat(edited.body()).contains("Bewerkt door PageCacheIT").doesNotContain(SEED_TITLE);

    change("withdraw");
    HttpResponse<String> withdrawn = get(page);
    HttpResponse<String> withdrawnAgain = get(page);
    assertThat(withdrawn.body()).doesNotContain("Bewerkt door PageCacheIT");
    assertThat(withdrawnAgain.headers().firstValue("X-Cache")).hasValue("hit");
    assertThat(withdrawnAgain.body()).doesNotContain("Bewerkt door PageCacheIT");

    change("publish");
    HttpResponse<String> published = get(page);
    assertThat(published.headers().firstValue("X-Cache")).hasValue("miss");
    assertThat(published.body()).contains("Bewerkt door PageCacheIT");
  }

  @Test
  void aScheduledCaseAppearsWhenItsMomentPassesWithoutAnyFurtherEvent() throws Exception {
    String page = "?it=schedule-" + System.nanoTime();
    change("title?nl=Gepland%20door%20PageCacheIT");
    change("schedule?millis=4000");
    long moment = System.currentTimeMillis() + 4000;

    HttpResponse<String> before = get(page);
    HttpResponse<String> beforeAgain = get(page);
    assertThat(before.body()).doesNotContain("Gepland door PageCacheIT");
    assertThat(beforeAgain.headers().firstValue("X-Cache")).hasValue("hit");
    assertThat(beforeAgain.body()).doesNotContain("Gepland door PageCacheIT");

    Thread.sleep(Math.max(0, moment - System.currentTimeMillis()) + 1000);

    HttpResponse<String> after = get(page);
    assertThat(after.headers().firstValue("X-Cache")).hasValue("miss");
    assertThat(after.body()).contains("Gepland door PageCacheIT");
  }

  @Test
  void anEndedCaseLeavesCachedPagesAtItsMomentWithoutWaitingForThePublicationTimer()
      throws Exception {
    String page = "?it=end-" + System.nanoTime();
    change("title?nl=Afgelopen%20door%20PageCacheIT");
    change("end?millis=4000");
    long end = System.currentTimeMillis() + 4000;

    get(page);
    HttpResponse<String> beforeAgain = get(page);
    assertThat(beforeAgain.headers().firstValue("X-Cache")).hasValue("hit");
    assertThat(beforeAgain.body()).contains("Afgelopen door PageCacheIT");

    // the publication timer runs every 30 s: the page must go at the moment itself
    Thread.sleep(Math.max(0, end - System.currentTimeMillis()) + 1000);

    HttpResponse<String> after = get(page);
    assertThat(after.headers().firstValue("X-Cache")).hasValue("miss");
    assertThat(after.body()).doesNotContain("Afgelopen door PageCacheIT");
  }

  @Test
  void enablingAndDisablingAPluginIsSeenAtOnceOnCachedPages() throws Exception {
    String page = "?it=plugins-" + System.nanoTime();
    get(page);
    assertThat(get(page).body()).doesNotContain("plugin-internships");

    assertThat(DropIn.install("internships").done()).isTrue();
    HttpResponse<String> installed = get(page);
    assertThat(installed.headers().firstValue("X-Cache")).hasValue("miss");
    assertThat(installed.body()).contains("plugin-internships");

    String pluginPage = "p/example-internships/places?it=" + System.nanoTime();
    get(pluginPage);
    HttpResponse<String> pluginPageHit = get(pluginPage);
    assertThat(pluginPageHit.headers().firstValue("X-Cache")).hasValue("hit");
    assertThat(pluginPageHit.body()).contains("Procesoperator");
    assertThat(get(page).headers().firstValue("X-Cache")).hasValue("hit");

    assertThat(DropIn.command("example-internships", "disable").done()).isTrue();
    assertThat(get(page).body()).doesNotContain("plugin-internships");
    assertThat(get(pluginPage).statusCode()).isEqualTo(404);
  }

  @Test
  void aPageWithAFailingPluginFragmentIsNotCached() throws Exception {
    String page = "?it=incomplete-" + System.nanoTime();
    try {
      assertThat(DropIn.install("render-fails").done()).isTrue();
      HttpResponse<String> first = get(page);
      HttpResponse<String> second = get(page);
      assertThat(first.body()).contains("data-plugin=\"fixture-render-fails\"");
      assertThat(second.headers().firstValue("X-Cache")).hasValue("miss");
      // only kept pages are compressed (ADR 0038)
      HttpResponse<byte[]> notKept = getGzip(page, "gzip");
      assertThat(notKept.headers().firstValue("X-Cache")).hasValue("miss");
      assertThat(notKept.headers().firstValue("Content-Encoding")).isEmpty();
      assertThat(new String(notKept.body(), StandardCharsets.UTF_8))
          .contains("data-plugin=\"fixture-render-fails\"");
    } finally {
      DropIn.removeQuietly("fixture-render-fails");
    }
  }

  /** Changes the seed case through {@link PageCacheITContent} (also for {@link PublicPartsIT}). */
  static void change(String what) throws Exception {
    HttpResponse<String> response =
        send(
            request("api/v1/it-fixtures/page-cache/cases/" + CASE + "/" + what)
                .header("Authorization", adminCredentials())
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(response.statusCode()).as("fixture change " + what).isEqualTo(204);
  }

  private static final ApiToken ADMIN = ApiToken.of("admin", SecurityITAccounts.ADMIN_PASSWORD);

  private static String adminCredentials() {
    return ADMIN.header();
  }
}
