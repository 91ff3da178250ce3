package nl.techniekpact.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Pages of the site-pages plugin that a test needs as content, written over the content API as the
 * administrator, and deleted again.
 */
public final class SitePagesFixture {

  private static final String TYPE = "api/v1/content/site-pages/page";
  private static final ApiToken ADMIN = ApiToken.of("admin", "it-admin-Secret-2026");

  private SitePagesFixture() {}

  /**
   * Creates a draft page.
   *
   * @param slug its slug
   * @param fields the JSON object of its fields
   * @return the response, 201 checked, with the version in its {@code ETag}
   */
  public static HttpResponse<String> draft(String slug, String fields) throws Exception {
    HttpResponse<String> created =
        DeployedCms.send(
            DeployedCms.request(TYPE)
                .header("Authorization", ADMIN.header())
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"slug\":\"" + slug + "\",\"fields\":" + fields + "}"))
                .build());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return created;
  }

  /** Creates a page and publishes it. */
  public static void published(String slug, String fields) throws Exception {
    HttpResponse<String> published =
        DeployedCms.send(
            DeployedCms.request(TYPE + "/" + slug + "/publication")
                .header("Authorization", ADMIN.header())
                .header("Content-Type", "application/json")
                .header("If-Match", etag(draft(slug, fields)))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"PUBLISHED\"}"))
                .build());
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
  }

  /** Deletes a page if it exists. */
  public static void delete(String slug) throws Exception {
    HttpResponse<String> current =
        DeployedCms.send(
            DeployedCms.request(TYPE + "/" + slug)
                .header("Authorization", ADMIN.header())
                .GET()
                .build());
    if (current.statusCode() == 200) {
      DeployedCms.send(
          DeployedCms.request(TYPE + "/" + slug)
              .header("Authorization", ADMIN.header())
              .header("If-Match", etag(current))
              .DELETE()
              .build());
    }
  }

  private static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }
}
