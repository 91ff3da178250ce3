package nl.techniekpact.cms.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests that talk to the CMS over HTTP, as a visitor or client would. All
 * share one Payara Micro server per suite ({@link OneDeploymentPerSuite}).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedCms {

  /** A client that does not follow redirects, so tests see exactly what the server answers. */
  protected static final HttpClient HTTP =
      HttpClient.newBuilder()
          // HTTP/1.1 as browsers speak it over plain HTTP: Java's client otherwise upgrades to
          // h2c on some connections, and on those the tests saw only the last challenge of the
          // WWW-Authenticate field (curl over h2c sees all of it)
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CmsDeployment.war();
  }

  /** The absolute URI of a path such as {@code "api/v1/goals"}. */
  protected static URI uri(String path) {
    return CmsDeployment.baseUri().resolve(path);
  }

  /** A request builder for a path, with a timeout. */
  protected static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
  }

  /** Sends a request and returns the response with its body as text. */
  protected static HttpResponse<String> send(HttpRequest request)
      throws IOException, InterruptedException {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Sends a request and returns the response with its body as {@code handler} reads it. */
  protected static <T> HttpResponse<T> send(
      HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    return HTTP.send(request, handler);
  }

  /** GETs a path. */
  protected static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET().build());
  }

  /**
   * Waits until the site search answers: {@code /api/v1/search} says 503 until its index is built
   * after the start, which a class that runs early in a subset run meets.
   */
  protected static void awaitSearchIndex() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (get("api/v1/search?q=techniek").statusCode() == 503 && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
  }
}
