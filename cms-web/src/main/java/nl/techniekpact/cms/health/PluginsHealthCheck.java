package nl.techniekpact.cms.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import nl.techniekpact.cms.plugin.host.PluginClassLoaderCensus;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import nl.techniekpact.cms.startup.Serving;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Reports the plugin host: how many plugins run, and how many plugin class loaders exist (more than
 * the running plugins, after garbage collection, points at a class-loader leak; the labels of the
 * survivors say whose). Always UP: a plugin's trouble never takes the CMS down, it pauses the
 * plugin.
 */
@Liveness
@ApplicationScoped
public class PluginsHealthCheck implements HealthCheck {

  @Inject private PluginPlatform platform;

  @Inject private Serving serving;

  @Override
  public HealthCheckResponse call() {
    Map<String, Integer> loaders = PluginClassLoaderCensus.alive();
    long running;
    try {
      // the platform is a startup singleton: while the application deploys, Payara already
      // answers /health but refuses calls into it, and logs each refusal with its stack trace
      if (!serving.webModuleServes()) {
        return starting();
      }
      running = platform.registry().all().size();
    } catch (RuntimeException e) {
      // still refused for another reason of the container: not the plugins' trouble
      return starting();
    }
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("plugins")
            .up()
            .withData("running", running)
            .withData(
                "classLoaders", loaders.values().stream().mapToLong(Integer::longValue).sum());
    if (!loaders.isEmpty()) {
      response.withData("classLoadersByPlugin", loaders.toString());
    }
    return response.build();
  }

  private static HealthCheckResponse starting() {
    return HealthCheckResponse.named("plugins").up().withData("running", "starting").build();
  }
}
