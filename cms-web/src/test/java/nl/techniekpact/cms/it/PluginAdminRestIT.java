package nl.techniekpact.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.techniekpact.cms.plugin.host.FixtureJars;
import nl.techniekpact.cms.plugin.host.SignedJars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The plugin administration API as a plugin administrator uses it, over HTTP Basic. Needs the
 * accounts of the security work (user {@code admin}, password from {@code
 * -Dcms.admin.initial-password}, role {@code plugin-admin}).
 */
class PluginAdminRestIT extends DeployedCms {

  private static final ApiToken ADMIN = ApiToken.of("admin", "it-admin-Secret-2026");

  private static HttpRequest.Builder admin(String path) {
    return request(path).header("Authorization", ADMIN.header());
  }

  private static HttpResponse<String> upload(String fixture) throws Exception {
    return upload(fixture + ".jar", FixtureJars.bytes(fixture));
  }

  private static HttpResponse<String> upload(String name, byte[] jar) throws Exception {
    Multipart form = Multipart.withJar(name, jar);
    return send(
        admin("api/v1/plugins")
            .header("Content-Type", form.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(form.body()))
            .build());
  }

  @AfterEach
  void removeExample() throws Exception {
    send(admin("api/v1/plugins/example-internships/installation").DELETE().build());
  }

  @Test
  void multipartUploadInstallsThePluginLive() throws Exception {
    HttpResponse<String> response = upload("internships");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body())
        .contains("\"id\":\"example-internships\"")
        .contains("\"state\":\"ENABLED\"")
        .contains("\"installedBy\":\"admin\"");
    assertThat(get("api/v1/plugins/example-internships/about").statusCode()).isEqualTo(200);
  }

  @Test
  void pluginSignedByATrustedSignerShowsItsSigner() throws Exception {
    HttpResponse<String> response =
        upload("signed.jar", SignedJars.sign(FixtureJars.bytes("internships"), "trusted-signer"));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body())
        .contains("\"signedBy\":\"CN=Techniekpact Test Signer,O=Techniekpact,C=NL\"")
        .contains("\"signerTrusted\":true");
    assertThat(send(admin("api/v1/plugins").GET().build()).body())
        .contains("\"signedBy\":\"CN=Techniekpact Test Signer");
  }

  @Test
  void pluginChangedAfterSigningIsRefusedAndNothingIsInstalled() throws Exception {
    byte[] tampered =
        SignedJars.tampered(SignedJars.sign(FixtureJars.bytes("internships"), "trusted-signer"));

    HttpResponse<String> response = upload("tampered.jar", tampered);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("tampered.jar has a signature that does not match");
    assertThat(get("api/v1/plugins/example-internships/about").statusCode()).isEqualTo(404);
  }

  @Test
  void jarBodyUploadInstallsThePluginLive() throws Exception {
    HttpResponse<String> response =
        send(
            admin("api/v1/plugins")
                .header("Content-Type", "application/java-archive")
                .POST(HttpRequest.BodyPublishers.ofByteArray(FixtureJars.bytes("internships")))
                .build());

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(get("api/v1/plugins/example-internships/about").statusCode()).isEqualTo(200);
  }

  @Test
  void listShowsStateAndReason() throws Exception {
    upload("internships");
    send(
        admin("api/v1/plugins/example-internships/installation/disable")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());

    HttpResponse<String> list = send(admin("api/v1/plugins").GET().build());

    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body())
        .contains("\"state\":\"DISABLED\"")
        .contains("\"reason\":\"Disabled by admin\"");
  }

  @Test
  void disableEnableAndRemove() throws Exception {
    upload("internships");

    HttpResponse<String> disabled =
        send(
            admin("api/v1/plugins/example-internships/installation/disable")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(disabled.statusCode()).isEqualTo(200);
    assertThat(get("api/v1/plugins/example-internships/about").statusCode()).isEqualTo(404);

    HttpResponse<String> enabled =
        send(
            admin("api/v1/plugins/example-internships/installation/enable")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(enabled.statusCode()).isEqualTo(200);
    assertThat(get("api/v1/plugins/example-internships/about").statusCode()).isEqualTo(200);

    HttpResponse<String> removed =
        send(admin("api/v1/plugins/example-internships/installation").DELETE().build());
    assertThat(removed.statusCode()).isEqualTo(204);
    assertThat(get("api/v1/plugins/example-internships/about").statusCode()).isEqualTo(404);
  }

  @Test
  void incompatiblePluginIsA422ProblemNamingBothVersions() throws Exception {
    HttpResponse<String> response = upload("wrong-api");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body())
        .contains("requires plugin API ^9.0.0, but this CMS provides plugin API 0.5.0");
  }

  @Test
  void sameVersionTwiceIsA409Problem() throws Exception {
    upload("internships");

    HttpResponse<String> response = upload("internships");

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.body()).contains("already installed");
  }
}
