package nl.techniekpact.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionIT extends DeployedCms {

  @Test
  void anonymousPublicPagesCreateNoSession() throws Exception {
    HttpResponse<String> response = get("");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(response.body()).doesNotContain("jakarta.faces.ViewState\" value=\"-");
  }

  @Test
  void sessionCookieIsHttpOnlyAndSameSite() throws Exception {
    HttpResponse<String> response = get("it-fixtures/stateful-form.xhtml");

    List<String> cookies = response.headers().allValues("Set-Cookie");
    assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("TPSESSION="));
    String session =
        cookies.stream().filter(c -> c.startsWith("TPSESSION=")).findFirst().orElseThrow();
    assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    assertThat(session).doesNotContainIgnoringCase("Secure;").doesNotEndWithIgnoringCase("Secure");
  }

  @Test
  void sessionCookieIsSecureOverTls() throws Exception {
    HttpResponse<String> response =
        TrustingClient.HTTP.send(
            java.net.http.HttpRequest.newBuilder(
                    CmsDeployment.secureBaseUri().resolve("it-fixtures/stateful-form.xhtml"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    String session =
        response.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("TPSESSION="))
            .findFirst()
            .orElseThrow();
    assertThat(session).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly");
    assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
  }

  @Test
  void sessionIdNeverAppearsInUrls() throws Exception {
    HttpResponse<String> response = get("it-fixtures/stateful-form.xhtml");

    assertThat(response.body())
        .containsIgnoringCase("<form")
        .doesNotContainIgnoringCase("jsessionid");
  }
}
