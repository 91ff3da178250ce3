package nl.techniekpact.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.techniekpact.cms.plugin.host.FixtureJars;
import org.junit.jupiter.api.Test;

/** The plugin administration API is never open: installing a plugin runs its code. */
class PluginAdminSecurityIT extends DeployedCms {

  @Test
  void anonymousListIsRefused() throws Exception {
    HttpResponse<String> response = get("api/v1/plugins");

    assertThat(response.statusCode()).isIn(401, 403);
    assertThat(response.body()).doesNotContain("example-internships");
  }

  @Test
  void anonymousJarUploadIsRefusedAndInstallsNothing() throws Exception {
    HttpResponse<String> response =
        send(
            request("api/v1/plugins")
                .header("Content-Type", "application/java-archive")
                .POST(HttpRequest.BodyPublishers.ofByteArray(FixtureJars.bytes("bundles-api")))
                .build());

    assertThat(response.statusCode()).isIn(401, 403);
    assertThat(get("api/v1/plugins/fixture-bundles-api/hello").statusCode()).isEqualTo(404);
  }

  @Test
  void anonymousMultipartUploadIsRefusedAndInstallsNothing() throws Exception {
    Multipart form = Multipart.withJar("bundles-api.jar", FixtureJars.bytes("bundles-api"));
    HttpResponse<String> response =
        send(
            request("api/v1/plugins")
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body()))
                .build());

    assertThat(response.statusCode()).isIn(401, 403);
    assertThat(get("api/v1/plugins/fixture-bundles-api/hello").statusCode()).isEqualTo(404);
  }

  @Test
  void anonymousDisableAndRemoveAreRefused() throws Exception {
    HttpResponse<String> disable =
        send(
            request("api/v1/plugins/example-internships/installation/disable")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    HttpResponse<String> remove =
        send(request("api/v1/plugins/example-internships/installation").DELETE().build());

    assertThat(disable.statusCode()).isIn(401, 403);
    assertThat(remove.statusCode()).isIn(401, 403);
  }

  @Test
  void unknownPluginIsA404Problem() throws Exception {
    HttpResponse<String> response = get("api/v1/plugins/no-such-plugin/anything");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body())
        .contains("\"instance\":\"/api/v1/plugins/no-such-plugin/anything\"");
  }
}
