package nl.techniekpact.cms.it;

import java.net.CookieManager;
import java.net.HttpCookie;
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
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser-like HTTP client for the back office: keeps cookies, does not follow redirects, and
 * submits JSF forms with their hidden fields (the ViewState among them) as a browser would.
 */
public final class FormClient {

  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private Document loginPage;
  private String nonce;

  /** Opens the login page; returns the session id it got. */
  public String openLoginPage() throws Exception {
    loginPage = Jsoup.parse(get("login.xhtml").body());
    return sessionId();
  }

  /** Submits the login form of the page opened last. */
  public HttpResponse<String> submitLogin(String username, String password) throws Exception {
    return submit(
        loginPage.selectFirst("form#login"),
        Map.of("login:username", username, "login:password", password));
  }

  /** Opens the login page and signs in; fails unless the login redirects. */
  public FormClient signIn(String username, String password) throws Exception {
    openLoginPage();
    HttpResponse<String> response = submitLogin(username, password);
    if (response.statusCode() != 302) {
      throw new AssertionError("login of " + username + " failed: " + response.statusCode());
    }
    return this;
  }

  /**
   * Submits a form with its inputs' current values (checkboxes only when checked, the selected
   * option of each select, one value per name), overridden by {@code values}; no submit button is
   * included unless named in {@code values}.
   */
  public HttpResponse<String> submit(Element form, Map<String, String> values) throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input")) {
      String type = input.attr("type");
      if (input.attr("name").isEmpty()
          || ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked"))) {
        continue;
      }
      fields.put(input.attr("name"), input.attr("value"));
    }
    for (Element select : form.select("select")) {
      Element selected = select.selectFirst("option[selected]");
      if (selected != null && !select.attr("name").isEmpty()) {
        fields.put(select.attr("name"), selected.attr("value"));
      }
    }
    for (Element textarea : form.select("textarea")) {
      fields.put(textarea.attr("name"), textarea.text());
    }
    if (nonce != null) {
      // what PrimeFaces' script adds to a non-Ajax submit in CSP mode
      fields.put("primefaces.nonce", nonce);
    }
    fields.putAll(values);
    String action = form.attr("action").replaceFirst("^/", "");
    return post(action, fields);
  }

  /** POSTs form fields to a path. */
  public HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        client.send(
            DeployedCms.request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 200) {
      remember(response);
    }
    return response;
  }

  /** GETs a path with this client's cookies (and keeps its script nonce for the next submit). */
  public HttpResponse<String> get(String path) throws Exception {
    HttpResponse<String> response =
        client.send(DeployedCms.request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    remember(response);
    return response;
  }

  private void remember(HttpResponse<String> response) {
    Matcher matcher =
        NONCE.matcher(response.headers().firstValue("Content-Security-Policy").orElse(""));
    nonce = matcher.find() ? matcher.group(1) : null;
  }

  /** GETs a page that must answer 200 and parses it. */
  public Document page(String path) throws Exception {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError(path + " answered " + response.statusCode());
    }
    return Jsoup.parse(response.body());
  }

  /** Changes the signed-in user's own password on their account page. */
  public HttpResponse<String> changeOwnPassword(String current, String next) throws Exception {
    return submit(
        page("beheer/account.xhtml").selectFirst("form#ownPassword"),
        Map.of(
            "ownPassword:currentPassword", current,
            "ownPassword:password", next,
            "ownPassword:repeated", next,
            "ownPassword:submit", ""));
  }

  /** The current session id, or empty. */
  public String sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("TPSESSION"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse("");
  }
}
