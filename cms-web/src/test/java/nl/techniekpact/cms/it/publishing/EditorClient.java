package nl.techniekpact.cms.it.publishing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.techniekpact.cms.it.ApiToken;
import nl.techniekpact.cms.it.CmsDeployment;
import nl.techniekpact.cms.it.security.SecurityITAccounts;

/**
 * An API client of the publishing tests acting as one account (with an API token it makes once, so
 * requests do not each pay for a password hash) or anonymously.
 */
final class EditorClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final String authorization;

  private EditorClient(String authorization) {
    this.authorization = authorization;
  }

  /** A client without credentials. */
  static EditorClient anonymous() {
    return new EditorClient(null);
  }

  /** A client signed in as an account with a fresh API token. */
  static EditorClient as(String username) {
    return new EditorClient(ApiToken.of(username, SecurityITAccounts.PASSWORD).header());
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send("GET", path, null);
  }

  HttpResponse<String> send(String method, String path, String json)
      throws IOException, InterruptedException {
    return send(method, path, json, null);
  }

  HttpResponse<String> send(String method, String path, String json, String ifMatch)
      throws IOException, InterruptedException {
    return send(method, path, json, ifMatch, "application/json");
  }

  HttpResponse<String> send(
      String method, String path, String body, String ifMatch, String contentType)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept-Language", "en")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", contentType);
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static URI uri(String path) {
    return CmsDeployment.baseUri().resolve(path);
  }

  /**
   * Takes an item back to draft and deletes it, if it exists and is not deleted: what a test that
   * made its own item does afterwards.
   *
   * @param path the item's path, such as {@code api/v1/regions/reg-it-x}
   */
  void withdrawAndDelete(String path) throws IOException, InterruptedException {
    HttpResponse<String> current = get(path + "/editable");
    if (current.statusCode() == 200 && !json(current).containsKey("deletedAt")) {
      HttpResponse<String> draft =
          send("PUT", path + "/publication", "{\"status\":\"DRAFT\"}", etag(current));
      send("DELETE", path, null, etag(draft.statusCode() == 200 ? draft : current));
    }
  }

  static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElseThrow();
  }

  /** The body of a new case in a region ({@code null} for national). */
  static String caseJson(String slug, String title, String region) {
    return "{\"slug\":\""
        + slug
        + "\",\"title\":{\"nl\":\""
        + title
        + "\"},\"summary\":{\"nl\":\"Samenvatting van "
        + title
        + "\"},\"body\":{\"nl\":\"<p>Verhaal</p>\"},"
        + (region == null ? "" : "\"region\":\"" + region + "\",")
        + "\"goals\":[4],\"educationLevels\":[\"MBO\"],\"partners\":[\"friesland-college\"]}";
  }

  /** The body of a publication scheduled to start at {@code start} and end at {@code end}. */
  static String scheduledJson(Object start, Object end) {
    return "{\"status\":\"SCHEDULED\",\"publishAt\":\""
        + start
        + "\",\"unpublishAt\":\""
        + end
        + "\"}";
  }

  /** The body of a region in Groningen with ambitions and a contact. */
  static String regionJson(String slug, String name) {
    return "{\"slug\":\""
        + slug
        + "\",\"name\":\""
        + name
        + "\",\"provinces\":[\"Groningen\"],\"ambitions\":{\"nl\":\"Ambities van "
        + name
        + "\"},\"contact\":{\"email\":\"regio@example.org\"}}";
  }

  /** The body of an ambassador in a region ({@code null} for national). */
  static String ambassadorJson(String slug, String name, String region) {
    return "{\"slug\":\""
        + slug
        + "\",\"name\":\""
        + name
        + "\",\"role\":\"AMBASSADEUR\",\"teaser\":{\"nl\":\"Teaser van "
        + name
        + "\"},\"profile\":{\"nl\":\"Eerste alinea.\\n\\nTweede alinea.\"},\"goals\":[4]"
        + (region == null ? "" : ",\"region\":\"" + region + "\"")
        + "}";
  }
}
