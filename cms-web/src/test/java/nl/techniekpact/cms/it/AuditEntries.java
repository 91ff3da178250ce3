package nl.techniekpact.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

/** The audit log through {@code /api/v1/audit}, as a caller with an API token reads it. */
public final class AuditEntries {

  private AuditEntries() {}

  /** An account's entries (ADR 0051) as the first administrator reads them, newest first. */
  public static List<JsonObject> ofAccount(ApiToken administrator, String username)
      throws Exception {
    return read(administrator, "api/v1/audit?type=account&size=100&item=" + username)
        .getJsonArray("items")
        .getValuesAs(JsonObject.class);
  }

  /** The whole answer of an audit query (a path with its query string) for a caller. */
  public static JsonObject read(ApiToken caller, String path) throws Exception {
    HttpResponse<String> response =
        DeployedCms.send(
            DeployedCms.request(path).header("Authorization", caller.header()).GET().build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
