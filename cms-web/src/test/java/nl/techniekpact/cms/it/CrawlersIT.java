package nl.techniekpact.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class CrawlersIT extends DeployedCms {

  @Test
  void robotsTxtLetsCrawlersIndexThePublicSiteButNotTheBackOffice() throws Exception {
    HttpResponse<String> response = get("robots.txt");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(response.body())
        .contains("User-agent: *")
        .contains("Disallow: /beheer/")
        .contains("Disallow: /login.xhtml")
        .doesNotContain("Disallow: /\n");
  }
}
