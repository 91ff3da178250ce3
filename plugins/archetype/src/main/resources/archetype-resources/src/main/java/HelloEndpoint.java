package ${package};

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import nl.techniekpact.plugin.api.PluginContext;
import nl.techniekpact.plugin.api.RestEndpoint;
import org.pf4j.Extension;

/** The plugin's REST API, under {@code /api/v1/plugins/${pluginId}/}. */
@Extension
@Produces(MediaType.APPLICATION_JSON)
public class HelloEndpoint implements RestEndpoint {

  private final PluginContext context;

  /** Created by the CMS with the plugin's context. */
  public HelloEndpoint(PluginContext context) {
    this.context = context;
  }

  /** {@code GET /api/v1/plugins/${pluginId}/hello}: which plugin answers. */
  @GET
  @Path("hello")
  public Map<String, String> hello() {
    return Map.of("plugin", context.pluginId(), "version", context.pluginVersion());
  }
}
