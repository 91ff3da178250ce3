package nl.techniekpact.example.internships;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.techniekpact.plugin.api.PluginContext;
import nl.techniekpact.plugin.api.RestEndpoint;
import org.pf4j.Extension;

/** The plugin's API, under {@code /api/v1/plugins/example-internships/}. */
@Extension
@Produces(MediaType.APPLICATION_JSON)
public class InternshipsApi implements RestEndpoint {

  private final PluginContext context;

  /** Created by the host with the plugin's context. */
  public InternshipsApi(PluginContext context) {
    this.context = context;
  }

  /**
   * Which plugin and version answers, and the contact for questions (setting {@code contact}, which
   * a plugin administrator sets in the back office): {@code GET …/about}.
   */
  @GET
  @Path("about")
  public Map<String, String> about() {
    return Map.of(
        "plugin", context.pluginId(),
        "version", context.pluginVersion(),
        "api", context.apiVersion(),
        "contact", context.settings().get("contact", ""));
  }

  /** All places, those editors published first: {@code GET …/places}. */
  @GET
  @Path("places")
  public List<Place> places() {
    return Places.all(context, Locale.forLanguageTag("nl"));
  }

  /** The places in one published landsdeel: {@code GET …/places/noord-nederland}. */
  @GET
  @Path("places/{region}")
  public List<Place> placesIn(@PathParam("region") String region) {
    if (context.content().publishedRegion(region).isEmpty()) {
      throw new NotFoundException("No landsdeel " + region);
    }
    return Places.inRegion(Places.all(context, Locale.forLanguageTag("nl")), region);
  }

  /**
   * The last changes of places the CMS told this plugin of ({@link InternshipsListener}): {@code
   * GET …/changes}, such as {@code ["PUBLISHED monteur-noord", "CREATED monteur-noord"]}.
   */
  @GET
  @Path("changes")
  public List<String> changes() {
    return InternshipsListener.recent();
  }
}
