package nl.techniekpact.cms.plugin.rest;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.InjectionManagerProvider;

/**
 * Hands the application's Jersey injection manager to {@link PluginEndpointCaches}, which empties
 * its reflection cache when a plugin is unloaded. Registers nothing.
 */
@Provider
public class JerseyCapture implements Feature {

  @Override
  public boolean configure(FeatureContext context) {
    PluginEndpointCaches.jersey(InjectionManagerProvider.getInjectionManager(context));
    return false;
  }
}
