package nl.techniekpact.distribution;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A browser-like visitor of a CMS on 127.0.0.1: signs in through the back office's login form and
 * keeps its cookies (the session and Payara's session version) for 127.0.0.1, so that they go to
 * any node on that address, as behind a load balancer. Follows no redirects.
 */
public final class BackOfficeVisitor {

  private final int port;
  private final String host;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .cookieHandler(new CookieManager())
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  /** A visitor who signs in at the CMS on this port of 127.0.0.1. */
  public BackOfficeVisitor(int port) {
    this(port, "127.0.0.1");
  }

  /** A visitor who signs in at the CMS on this port of this address. */
  public BackOfficeVisitor(int port, String host) {
    this.port = port;
    this.host = host;
  }

  /** Submits the login form with its hidden fields; a redirect (302) means signed in. */
  public HttpResponse<String> signIn(String username, String password) throws Exception {
    HttpResponse<String> page = get(port, "login.xhtml");
    Element form = Jsoup.parse(page.body()).selectFirst("form#login");
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input")) {
      if (!input.attr("name").isEmpty()) {
        fields.put(input.attr("name"), input.attr("value"));
      }
    }
    fields.put("login:username", username);
    fields.put("login:password", password);
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return client.send(
        request(port, form.attr("action").replaceFirst("^/", ""))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** GETs a path with this visitor's cookies from the CMS on a port of this visitor's address. */
  public HttpResponse<String> get(int anyNode, String path) throws Exception {
    return client.send(request(anyNode, path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(int port, String path) {
    return HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/" + path))
        .timeout(Duration.ofSeconds(15));
  }
}
