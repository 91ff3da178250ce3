package nl.techniekpact.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Plugins installed, disabled, enabled, upgraded and removed while the server runs, through the
 * drop-in directory (the same lifecycle service as the admin API), and hostile plugins that must
 * leave the site up.
 */
class PluginsIT extends DeployedCms {

  private static final String ABOUT = "api/v1/plugins/example-internships/about";

  @AfterEach
  void removePlugins() {
    for (String id :
        new String[] {
          "fixture-render-fails", "fixture-bundles-api", "example-internships", "hello-plugin"
        }) {
      DropIn.removeQuietly(id);
    }
  }

  @Test
  void examplePluginInstalledLiveAnswersOnItsEndpointAndTheHomePage() throws Exception {
    assertThat(DropIn.install("internships").done()).isTrue();

    HttpResponse<String> about = get(ABOUT);
    assertThat(about.statusCode()).isEqualTo(200);
    assertThat(about.body()).contains("\"version\":\"1.0.0\"").contains("\"api\":\"0.5.0\"");

    HttpResponse<String> places = get("api/v1/plugins/example-internships/places/noord-nederland");
    assertThat(places.statusCode()).isEqualTo(200);
    assertThat(places.body()).contains("Procesoperator").doesNotContain("Mechatronicus");

    HttpResponse<String> unknownRegion = get("api/v1/plugins/example-internships/places/atlantis");
    assertThat(unknownRegion.statusCode()).isEqualTo(404);
    assertThat(unknownRegion.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

    HttpResponse<String> home = get("");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("plugin-internships").contains("in 5 landsdelen");
  }

  @Test
  void aPluginGeneratedByTheArchetypeInstallsAndRunsAsGenerated() throws Exception {
    assertThat(DropIn.install("archetype-generated").done()).isTrue();

    HttpResponse<String> hello = get("api/v1/plugins/hello-plugin/hello");
    assertThat(hello.statusCode()).isEqualTo(200);
    assertThat(hello.body()).contains("\"plugin\":\"hello-plugin\"", "\"version\":\"1.0.0\"");
    assertThat(get("").body())
        .contains("<section class=\"plugin-hello-plugin\"><p>Hallo van hello-plugin");
  }

  @Test
  void disabledPluginAnswers404WhileTheRestOfTheSiteWorksAndComesBackWhenEnabled()
      throws Exception {
    DropIn.install("internships");

    assertThat(DropIn.command("example-internships", "disable").done()).isTrue();

    HttpResponse<String> gone = get(ABOUT);
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(gone.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    HttpResponse<String> home = get("");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).doesNotContain("plugin-internships").contains("Noord-Nederland");
    assertThat(get("api/v1/goals").statusCode()).isEqualTo(200);
    assertThat(get("health").body()).contains("\"status\":\"UP\"");

    assertThat(DropIn.command("example-internships", "enable").done()).isTrue();
    assertThat(get(ABOUT).statusCode()).isEqualTo(200);

    assertThat(DropIn.command("example-internships", "remove").done()).isTrue();
    assertThat(get(ABOUT).statusCode()).isEqualTo(404);
  }

  @Test
  void upgradeReplacesTheRunningVersionLive() throws Exception {
    DropIn.install("internships");
    assertThat(get(ABOUT).body()).contains("\"version\":\"1.0.0\"");

    assertThat(DropIn.install("internships-upgrade").done()).isTrue();

    HttpResponse<String> about = get(ABOUT);
    assertThat(about.statusCode()).isEqualTo(200);
    assertThat(about.body()).contains("\"version\":\"1.1.0\"");
  }

  @Test
  void refusedPluginsAreReportedWithTheirReasonAndChangeNothing() throws Exception {
    DropIn.install("internships");

    DropIn.Outcome startFails = DropIn.install("start-fails");
    DropIn.Outcome wrongApi = DropIn.install("wrong-api");
    DropIn.Outcome missingClass = DropIn.install("missing-class");
    DropIn.Outcome sameAgain = DropIn.install("internships");

    assertThat(startFails.done()).isFalse();
    assertThat(startFails.reason()).contains("start() failed").contains("fails on purpose");
    assertThat(wrongApi.reason())
        .contains("requires plugin API ^9.0.0, but this CMS provides plugin API 0.5.0");
    assertThat(missingClass.reason()).contains("LeftOutHelper");
    assertThat(sameAgain.reason()).contains("example-internships@1.0.0 is already installed");
    assertThat(get("api/v1/plugins/fixture-start-fails/hello").statusCode()).isEqualTo(404);
    assertThat(get(ABOUT).statusCode()).isEqualTo(200);
    assertThat(get("health").body()).contains("\"status\":\"UP\"");
  }

  @Test
  void pluginBundlingItsOwnApiCopyWorks() throws Exception {
    assertThat(DropIn.install("bundles-api").done()).isTrue();

    HttpResponse<String> hello = get("api/v1/plugins/fixture-bundles-api/hello");
    assertThat(hello.statusCode()).isEqualTo(200);
    assertThat(hello.body()).isEqualTo("hello from fixture-bundles-api");
  }

  @Test
  void failingPluginShowsAPlaceholderThenIsPausedWhileTheSiteAndOtherPluginsWork()
      throws Exception {
    DropIn.install("internships");
    assertThat(DropIn.install("render-fails").done()).isTrue();

    HttpResponse<String> home = get("");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body())
        .contains("data-plugin=\"fixture-render-fails\"")
        .contains("plugin-internships")
        .contains("Noord-Nederland");
    assertThat(get("api/v1/plugins/fixture-render-fails/ok").body()).isEqualTo("ok");
    HttpResponse<String> boom = get("api/v1/plugins/fixture-render-fails/boom");
    assertThat(boom.statusCode()).isEqualTo(500);
    assertThat(boom.body()).doesNotContain("on purpose").contains("\"status\":500");

    awaitResponse("", response -> !response.body().contains("fixture-render-fails"));

    assertThat(get("api/v1/plugins/fixture-render-fails/ok").statusCode()).isEqualTo(404);
    HttpResponse<String> after = get("");
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.body()).contains("plugin-internships");
    assertThat(get(ABOUT).statusCode()).isEqualTo(200);
    assertThat(get("health").body()).contains("\"status\":\"UP\"");
  }

  /** GETs a path until the response satisfies a condition (each GET may count a failure). */
  private static HttpResponse<String> awaitResponse(
      String path, Predicate<HttpResponse<String>> condition)
      throws IOException, InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(30));
    HttpResponse<String> response = get(path);
    while (!condition.test(response)) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("Still not as expected after 30 s: " + response.body());
      }
      Thread.sleep(100);
      response = get(path);
    }
    return response;
  }
}
