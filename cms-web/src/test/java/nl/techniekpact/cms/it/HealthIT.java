package nl.techniekpact.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class HealthIT extends DeployedCms {

  @Test
  void healthReportsTheDatabaseUp() throws Exception {
    HttpResponse<String> response = get("health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"status\":\"UP\"")
        .contains("\"name\":\"database\"")
        .contains("jdbc:h2:file:");
  }

  @Test
  void readinessIncludesTheDatabaseCheck() throws Exception {
    HttpResponse<String> response = get("health/ready");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"name\":\"database\"").contains("\"product\":\"H2\"");
  }
}
