package nl.techniekpact.example.internships;

import nl.techniekpact.plugin.api.PluginContext;
import org.pf4j.Plugin;

/** The plugin's start and stop: here only logged, as most plugins need nothing more. */
public class InternshipsPlugin extends Plugin {

  private final PluginContext context;

  /** Created by the host with the plugin's context. */
  public InternshipsPlugin(PluginContext context) {
    this.context = context;
  }

  @Override
  public void start() {
    context
        .logger()
        .info(
            () ->
                "Internships "
                    + context.pluginVersion()
                    + " started on plugin API "
                    + context.apiVersion());
  }

  @Override
  public void stop() {
    context.logger().info("Internships stopped");
  }
}
