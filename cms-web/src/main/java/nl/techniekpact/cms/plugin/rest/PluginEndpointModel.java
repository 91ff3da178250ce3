package nl.techniekpact.cms.plugin.rest;

import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Hands a plugin's endpoint to Jersey as a resource model bound to the endpoint instance, not as an
 * object of a class. Jersey caches the routing of every class a sub-resource locator returns (at
 * least 64, without expiry) and binds such classes into its injection manager for good; both kept
 * the class loader of every removed plugin version alive. A model with handler instances is neither
 * cached nor bound (Jersey's {@code subresource.cache.jersey.resource.enabled} is off by default),
 * so nothing of the plugin outlives the request. The leak check in the running server ({@code
 * PluginLeakIT}) guards this.
 */
final class PluginEndpointModel {

  private PluginEndpointModel() {}

  /**
   * The endpoint's JAX-RS model, every method handled by the given instance.
   *
   * @param endpoint the plugin's endpoint object
   * @return the model, for a sub-resource locator to return
   */
  static Resource of(Object endpoint) {
    Resource.Builder introspected = Resource.builder(endpoint.getClass(), false);
    if (introspected == null) {
      return Resource.builder().name(endpoint.getClass().getName()).build();
    }
    return bound(introspected.build(), endpoint);
  }

  private static Resource bound(Resource source, Object instance) {
    Resource.Builder copy =
        source.getPath() == null ? Resource.builder() : Resource.builder(source.getPath());
    copy.name(source.getName());
    for (ResourceMethod method : source.getResourceMethods()) {
      bind(copy.addMethod(method.getHttpMethod()), method, instance);
    }
    ResourceMethod locator = source.getResourceLocator();
    if (locator != null) {
      bind(copy.addMethod(), locator, instance);
    }
    for (Resource child : source.getChildResources()) {
      copy.addChildResource(bound(child, instance));
    }
    return copy.build();
  }

  private static void bind(ResourceMethod.Builder target, ResourceMethod method, Object instance) {
    target
        .consumes(method.getConsumedTypes())
        .produces(method.getProducedTypes())
        .nameBindings(method.getNameBindings())
        .encodedParameters(
            method.getInvocable().getParameters().stream().anyMatch(p -> p.isEncoded()))
        .handledBy(instance, method.getInvocable().getHandlingMethod());
    if (method.isSuspendDeclared()) {
      target.suspended(method.getSuspendTimeout(), method.getSuspendTimeoutUnit());
    }
    if (method.isSse()) {
      target.sse();
    }
  }
}
