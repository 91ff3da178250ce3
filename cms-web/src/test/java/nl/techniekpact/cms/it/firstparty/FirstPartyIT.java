package nl.techniekpact.cms.it.firstparty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.techniekpact.cms.it.ApiToken;
import nl.techniekpact.cms.it.DeployedCms;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** What the tests of the first-party plugins share: pages as a visitor reads them, admin calls. */
abstract class FirstPartyIT extends DeployedCms {

  private static final ApiToken ADMIN = ApiToken.of("admin", "it-admin-Secret-2026");

  /** A page that must answer 200, parsed. */
  static Document page(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body(), uri(path).toString());
  }

  /** Runs a plugin administration action ({@code enable}, {@code disable}) as the admin. */
  static void plugin(String id, String action) throws Exception {
    HttpResponse<String> response =
        send(
            request("api/v1/plugins/" + id + "/installation/" + action)
                .header("Authorization", ADMIN.header())
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(response.statusCode()).as(action + " " + id + ": " + response.body()).isEqualTo(200);
  }

  /** An admin request builder. */
  static HttpRequest.Builder admin(String path) {
    return request(path).header("Authorization", ADMIN.header());
  }

  /** Text as a browser shows it: runs of white space (non-breaking included) collapsed. */
  static String normalise(String text) {
    return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
