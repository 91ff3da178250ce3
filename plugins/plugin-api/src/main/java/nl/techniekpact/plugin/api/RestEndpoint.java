package nl.techniekpact.plugin.api;

import org.pf4j.ExtensionPoint;

/**
 * A plugin's REST API: a plain object whose methods carry JAX-RS annotations ({@code @GET},
 * {@code @Path}, {@code @Produces}, …), served under {@code /api/v1/plugins/<plugin-id>/}. The
 * class itself has no {@code @Path}: the host's locator for the plugin's id is its root. Results
 * are written with the host's JSON-B, errors become the host's problem+json.
 *
 * <p>A plugin has at most one endpoint; more resources hang off it as JAX-RS sub-resource locators.
 * The host reserves the first path segment {@code installation} for managing the plugin.
 *
 * <pre>{@code
 * @Extension
 * public class InternshipsApi implements RestEndpoint {
 *   private final PluginContext context;
 *
 *   public InternshipsApi(PluginContext context) {
 *     this.context = context;
 *   }
 *
 *   @GET
 *   @Path("places")
 *   @Produces(MediaType.APPLICATION_JSON)
 *   public List<PlaceView> places() { … }   // GET /api/v1/plugins/example-internships/places
 * }
 * }</pre>
 *
 * <p>The host creates one instance per plugin start and uses it for every request: keep it free of
 * per-request state. Fields annotated with {@code @Context} are filled in per request.
 *
 * @since 0.1.0
 */
public interface RestEndpoint extends ExtensionPoint {}
