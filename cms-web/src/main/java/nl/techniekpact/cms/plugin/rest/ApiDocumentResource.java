package nl.techniekpact.cms.plugin.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import nl.techniekpact.cms.plugin.host.ActivePlugin;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The API's OpenAPI document as it is right now: Payara's document of the CMS's own endpoints
 * (built once per deployment, served at {@code /openapi}) with the paths of the running plugins'
 * endpoints added (see {@link PluginApiPaths}). The interactive page {@code /api/docs} shows this
 * one.
 */
@ApplicationScoped
@Path("openapi.json")
public class ApiDocumentResource {

  private static final Logger LOG = Logger.getLogger(ApiDocumentResource.class.getName());

  /** Where Payara serves its document. */
  static final String PAYARA_DOCUMENT = "/openapi";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Inject private PluginPlatform platform;

  @Context private HttpServletRequest request;

  private volatile JsonObject base;

  /** The document, with the running plugins' endpoints. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(hidden = true)
  public JsonObject document() {
    JsonObject document = base();
    List<ActivePlugin> plugins = List.copyOf(platform.registry().all());
    Map<String, JsonObject> pluginPaths = PluginApiPaths.of(plugins);
    JsonObjectBuilder paths =
        Json.createObjectBuilder(
            document.getJsonObject("paths") == null
                ? JsonValue.EMPTY_JSON_OBJECT
                : document.getJsonObject("paths"));
    pluginPaths.forEach(paths::add);
    JsonArrayBuilder tags =
        Json.createArrayBuilder(
            document.getJsonArray("tags") == null
                ? JsonValue.EMPTY_JSON_ARRAY
                : document.getJsonArray("tags"));
    Set<String> tagged = new HashSet<>();
    for (ActivePlugin plugin : plugins) {
      if (plugin.endpoint().isPresent() && tagged.add(plugin.id())) {
        tags.add(
            Json.createObjectBuilder()
                .add("name", PluginApiPaths.tag(plugin))
                .add(
                    "description",
                    "Endpoints of the plugin "
                        + plugin.id()
                        + " "
                        + plugin.version()
                        + ", present while it runs"));
      }
    }
    return Json.createObjectBuilder(document).add("paths", paths).add("tags", tags).build();
  }

  /**
   * Payara's document, fetched once from the address and port we were called on: the listener may
   * be bound to one address only ({@code CMS_BIND_ADDRESS}), which need not be the loopback one.
   */
  private JsonObject base() {
    JsonObject known = base;
    if (known != null) {
      return known;
    }
    String scheme = request.isSecure() ? "https" : "http";
    URI uri;
    try {
      // an IPv6 address is put in brackets by this constructor
      uri =
          new URI(
              scheme,
              null,
              request.getLocalAddr(),
              request.getLocalPort(),
              PAYARA_DOCUMENT,
              null,
              null);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("No address for Payara's OpenAPI document", e);
    }
    try {
      HttpResponse<String> response =
          CLIENT.send(
              HttpRequest.newBuilder(uri)
                  .header("Accept", MediaType.APPLICATION_JSON)
                  .timeout(Duration.ofSeconds(90))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException("status " + response.statusCode());
      }
      try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
        known = reader.readObject();
      }
    } catch (IOException | RuntimeException e) {
      LOG.warning(() -> "The OpenAPI document could not be read from " + uri + ": " + e);
      throw new ServiceUnavailableException(
          "The API document is not available yet; " + PAYARA_DOCUMENT + " has the CMS's own part",
          5L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceUnavailableException("Interrupted", 5L);
    }
    base = known;
    return known;
  }
}
