package nl.techniekpact.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An account's {@code Authorization} for API calls in tests: an API token, made on first use with
 * the account's password (HTTP Basic, one password hash) and reused afterwards. Every Basic request
 * costs the server a PBKDF2 derivation of 210,000 iterations; before the tests that call the API
 * often used tokens, those derivations were 30% of the suite server's CPU. Tests of Basic itself
 * ({@code ApiAuthenticationIT}, {@code ApiTokensIT}) keep sending Basic.
 */
public final class ApiToken {

  private final String username;
  private final String password;
  private volatile String header;

  private ApiToken(String username, String password) {
    this.username = username;
    this.password = password;
  }

  /** The token of an account, made when {@link #header()} is first asked. */
  public static ApiToken of(String username, String password) {
    return new ApiToken(username, password);
  }

  /** The value of the {@code Authorization} header: {@code Bearer} and the token. */
  public String header() {
    String current = header;
    if (current == null) {
      synchronized (this) {
        if (header == null) {
          header = "Bearer " + issue();
        }
        current = header;
      }
    }
    return current;
  }

  /** The HTTP Basic {@code Authorization} of an account: what a token is made with. */
  public static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private String issue() {
    try {
      HttpResponse<String> issued =
          DeployedCms.send(
              DeployedCms.request("api/v1/me/tokens")
                  .header("Authorization", basic(username, password))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"integration tests\"}"))
                  .build());
      assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
      try (var reader = Json.createReader(new StringReader(issued.body()))) {
        JsonObject body = reader.readObject();
        return body.getString("token");
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
