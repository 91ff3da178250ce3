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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A browser-like visitor of a CMS on 127.0.0.1: signs in through the back office's login form and
 * keeps its cookies (the session and Payara's session version) for 127.0.0.1, so that they go to
 * any node on that address, as behind a load balancer. Follows no redirects.
 */
public final class BackOfficeVisitor {

  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

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
    return submit(
        port,
        "login.xhtml",
        "login",
        Map.of("login:username", username, "login:password", password));
  }

  /**
   * Opens a page on a node and submits one of its forms as a browser would: its inputs' values (the
   * view state among them) and the page's script nonce, overridden by {@code values}.
   */
  public HttpResponse<String> submit(
      int anyNode, String page, String formId, Map<String, String> values) throws Exception {
    HttpResponse<String> opened = get(anyNode, page);
    Element form = Jsoup.parse(opened.body()).selectFirst("form#" + formId);
    if (form == null) {
      throw new AssertionError("no form " + formId + " on " + page + ": " + opened.statusCode());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input")) {
      if (!input.attr("name").isEmpty()) {
        fields.put(input.attr("name"), input.attr("value"));
      }
    }
    Matcher nonce =
        NONCE.matcher(opened.headers().firstValue("Content-Security-Policy").orElse(""));
    if (nonce.find()) {
      // what PrimeFaces' script adds to a non-Ajax submit in CSP mode
      fields.put("primefaces.nonce", nonce.group(1));
    }
    fields.putAll(values);
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return client.send(
        request(anyNode, form.attr("action").replaceFirst("^/", ""))
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
