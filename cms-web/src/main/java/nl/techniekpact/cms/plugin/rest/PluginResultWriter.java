package nl.techniekpact.cms.plugin.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.Provider;
import java.io.File;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Writes the JSON results of a plugin's endpoint with the plugin's own JSON-B ({@link
 * PluginEndpointCaches#toJson}) and hands Jersey the text, so that the host's JSON-B never sees a
 * plugin class (it would keep it, and with it the plugin's class loader, for good). Output is the
 * same as the host's: both use JSON-B's default configuration.
 *
 * <p>Runs before every other response filter of the application (response filters run from the
 * highest priority down), in particular before {@code ConditionalGetFilter}, which serialises the
 * entity to tag it. Requests are recognised by the plugin id {@link PluginRequestScope} puts on
 * them; the scope's context class loader names the plugin version that answered.
 */
@Provider
@Priority(PluginResultWriter.PRIORITY)
public class PluginResultWriter implements ContainerResponseFilter {

  /** Above {@link Priorities#USER}: before the application's other response filters. */
  static final int PRIORITY = Priorities.USER + 1000;

  @Inject private PluginEndpointCaches caches;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(PluginRequestScope.PLUGIN_ID) instanceof String pluginId)
        || !response.hasEntity()
        || !isJson(response.getMediaType())
        || isWrittenAsIs(response.getEntity())) {
      return;
    }
    String json =
        caches.toJson(
            pluginId,
            Thread.currentThread().getContextClassLoader(),
            response.getEntity(),
            response.getEntityType());
    response.setEntity(json, response.getEntityAnnotations(), response.getMediaType());
  }

  static boolean isJson(MediaType type) {
    return type != null
        && (type.getSubtype().equalsIgnoreCase("json")
            || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
  }

  /** Entities Jersey writes without JSON-B. */
  static boolean isWrittenAsIs(Object entity) {
    return entity instanceof CharSequence
        || entity instanceof byte[]
        || entity instanceof InputStream
        || entity instanceof Reader
        || entity instanceof StreamingOutput
        || entity instanceof JsonValue
        || entity instanceof File
        || entity instanceof Path;
  }
}
