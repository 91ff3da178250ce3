package nl.techniekpact.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.Optional;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityHeadersIT extends DeployedCms {

  @ParameterizedTest(name = "/{0}")
  @ValueSource(
      strings = {
        "",
        "resources/css/site.css",
        "no-such-page",
        "api/v1/no-such-thing",
        "beheer/index.xhtml"
      })
  void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
    HttpHeaders headers = get(path).headers();

    assertThat(headers.firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("default-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .contains("object-src 'none'")
                    .doesNotContain("unsafe-inline"));
    assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    assertThat(headers.firstValue("Permissions-Policy"))
        .hasValueSatisfying(
            policy -> assertThat(policy).contains("camera=()").contains("geolocation=()"));
    assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
  }

  @Test
  void theRedirectOfAnAnonymousBackOfficeRequestToTheSignInIsNeitherStoredNorFramed()
      throws Exception {
    HttpResponse<String> redirect = get("beheer/cases/");

    assertThat(redirect.statusCode()).isEqualTo(302);
    assertThat(redirect.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml"));
    assertThat(redirect.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(redirect.headers().firstValue("X-Frame-Options")).hasValue("DENY");
  }

  @Test
  void backOfficePagesAreNeverStoredWhilePublicPagesAndResourcesMayBe() throws Exception {
    FormClient admin = new FormClient().signIn("admin", SecurityITAccounts.ADMIN_PASSWORD);

    assertThat(admin.get("beheer/index.xhtml").headers().firstValue("Cache-Control"))
        .as("unpublished content on a shared computer: not even the back button shows it again")
        .hasValue("no-store");
    assertThat(admin.get("beheer/cases/").headers().firstValue("Cache-Control"))
        .hasValue("no-store");
    assertThat(get("").headers().firstValue("Cache-Control")).isNotEqualTo(Optional.of("no-store"));
    assertThat(get("resources/css/site.css").headers().firstValue("Cache-Control"))
        .isNotEqualTo(Optional.of("no-store"));
  }

  @ParameterizedTest(name = "/{0}")
  @ValueSource(strings = {"", "no-such-page"})
  void responsesDoNotNameTheServerProduct(String path) throws Exception {
    HttpResponse<String> response = get(path);

    assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
    assertThat(response.headers().firstValue("Server").orElse(""))
        .doesNotContainIgnoringCase("payara");
    assertThat(response.body()).doesNotContainIgnoringCase("payara");
  }
}
