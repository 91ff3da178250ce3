package nl.techniekpact.cms.plugin.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.cms.plugin.host.ActivePlugin;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import nl.techniekpact.cms.plugin.host.PluginUnloaded;
import org.glassfish.jersey.internal.inject.InjectionManager;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;

/**
 * What serving a plugin's endpoint leaves in the server, and how it is dropped when the plugin's
 * class loader is unloaded ({@link PluginUnloaded}). A heap dump of the running server after
 * install/call/remove cycles showed four places that keep a called endpoint's classes (ADR 0005):
 *
 * <ol>
 *   <li><b>JSON-B</b>: Payara's JSON-B context resolver keeps one Jsonb per entity class, and
 *       Yasson caches the model of every class it wrote in it for good. Plugin results are
 *       therefore written with a JSON-B of the plugin's own ({@link #toJson}, by {@link
 *       PluginResultWriter}) that is closed and dropped here.
 *   <li><b>HK2's reflection cache</b>: injecting the endpoint's {@code @Context} fields ({@code
 *       ResourceContext.initResource}) caches its fields and methods per class in Jersey's service
 *       locator. Dropped through HK2's public {@code ServiceLocatorRuntimeBean}.
 *   <li><b>Payara's tracing</b>: Payara's MicroProfile Telemetry keeps, per resource class and
 *       method, whether it may be traced (a static cache) and its span annotations, operation name
 *       and route (caches of the helper its Jersey listener holds). Payara clears such a cache per
 *       class loader itself when an application is undeployed; we call that same clearing for the
 *       plugin's loader. The one reflective step here, guarded: if a Payara version lacks it, a
 *       warning is logged once and the plugin's classes stay until a restart.
 *   <li><b>Bean Validation</b>: Jersey validates the endpoint object, and Hibernate Validator
 *       caches its metadata per class, softly: cleared by any collection under memory pressure
 *       (also metaspace), so it is not a leak and needs nothing here.
 * </ol>
 */
@ApplicationScoped
public class PluginEndpointCaches {

  private static final Logger LOG = Logger.getLogger(PluginEndpointCaches.class.getName());

  /** Payara's JAX-RS tracing helper, whose static {@code canTraceCache} keeps resource classes. */
  static final String TRACING_HELPER =
      "fish.payara.microprofile.telemetry.tracing.jaxrs.OpenTracingHelper";

  /** Payara's per-resource cache type, whose {@code clear(ClassLoader)} Payara calls itself. */
  static final String TRACING_CACHE =
      "fish.payara.microprofile.telemetry.tracing.jaxrs.ResourceCache";

  /** HK2's public management bean of a service locator. */
  static final String HK2_RUNTIME = "org.jvnet.hk2.external.runtime.ServiceLocatorRuntimeBean";

  private static volatile InjectionManager jersey;
  private static volatile boolean tracingWarned;

  private final Map<ClassLoader, Jsonb> jsonb = new ConcurrentHashMap<>();

  @Inject private PluginPlatform platform;

  /** Remembers the application's Jersey injection manager ({@link JerseyCapture}). */
  static void jersey(InjectionManager injectionManager) {
    jersey = injectionManager;
  }

  /**
   * Writes a result of a plugin's endpoint as JSON with the JSON-B of that plugin version, never
   * with the host's (which would keep the plugin's classes for good).
   *
   * @param pluginId the plugin that answered
   * @param loader the class loader of the plugin version that answered
   * @param entity the result
   * @param type its generic type
   * @return the JSON
   */
  String toJson(String pluginId, ClassLoader loader, Object entity, Type type) {
    if (!runs(pluginId, loader)) {
      return once(entity, type);
    }
    Jsonb own = jsonb.computeIfAbsent(loader, any -> create());
    try {
      return own.toJson(entity, type);
    } finally {
      if (!runs(pluginId, loader)) {
        // unloaded meanwhile, perhaps before its unload event reached this map: do not keep it
        forget(loader);
      }
    }
  }

  void unloaded(@Observes PluginUnloaded event) {
    forget(event.classLoader());
    clearJerseyReflectionCache();
    forgetTracing(event.classLoader());
  }

  private boolean runs(String pluginId, ClassLoader loader) {
    Optional<ActivePlugin> plugin = platform.registry().find(pluginId);
    return plugin.isPresent() && plugin.get().classLoader() == loader;
  }

  private void forget(ClassLoader loader) {
    Jsonb dropped = jsonb.remove(loader);
    if (dropped != null) {
      close(dropped);
    }
  }

  private static String once(Object entity, Type type) {
    Jsonb once = create();
    try {
      return once.toJson(entity, type);
    } finally {
      close(once);
    }
  }

  /** A JSON-B as the host's own: the default configuration, found from the host's class loader. */
  private static Jsonb create() {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(PluginEndpointCaches.class.getClassLoader());
    try {
      return JsonbBuilder.create();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  private static void close(Jsonb jsonb) {
    try {
      jsonb.close();
    } catch (Exception e) {
      LOG.log(Level.FINE, "Closing a plugin's JSON-B failed", e);
    }
  }

  /** Empties HK2's reflection cache of the application's Jersey (all classes; it refills). */
  private static void clearJerseyReflectionCache() {
    InjectionManager injectionManager = jersey;
    if (injectionManager == null) {
      return;
    }
    try {
      Class<?> runtime =
          Class.forName(HK2_RUNTIME, false, injectionManager.getClass().getClassLoader());
      Object bean = injectionManager.getInstance(runtime);
      if (bean != null) {
        runtime.getMethod("clearReflectionCache").invoke(bean);
      }
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      LOG.log(Level.WARNING, "Jersey's reflection cache could not be cleared", e);
    }
  }

  /**
   * Calls Payara's own per-class-loader clearing of its JAX-RS tracing caches ({@code
   * ResourceCache.clear(ClassLoader)}, what Payara does on undeployment) on each of them: the
   * static one of {@code OpenTracingHelper} and those of the helper its Jersey application listener
   * holds.
   */
  private static void forgetTracing(ClassLoader loader) {
    try {
      Class<?> helper = Class.forName(TRACING_HELPER, false, ResourceConfig.class.getClassLoader());
      List<Object> helpers = new ArrayList<>();
      InjectionManager injectionManager = jersey;
      if (injectionManager != null) {
        for (Object listener : injectionManager.getAllInstances(ApplicationEventListener.class)) {
          for (Field field : listener.getClass().getDeclaredFields()) {
            if (field.getType() == helper && !Modifier.isStatic(field.getModifiers())) {
              field.setAccessible(true);
              Object instance = field.get(listener);
              if (instance != null) {
                helpers.add(instance);
              }
            }
          }
        }
      }
      for (Field field : helper.getDeclaredFields()) {
        if (!field.getType().getName().equals(TRACING_CACHE)) {
          continue;
        }
        field.setAccessible(true);
        if (Modifier.isStatic(field.getModifiers())) {
          clear(field.get(null), loader);
        } else {
          for (Object instance : helpers) {
            clear(field.get(instance), loader);
          }
        }
      }
    } catch (ClassNotFoundException e) {
      // a server without Payara's telemetry keeps nothing there
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      if (!tracingWarned) {
        tracingWarned = true;
        LOG.log(
            Level.WARNING,
            "Payara's tracing caches could not be cleared: every plugin version whose REST"
                + " endpoint was called stays in memory until a restart",
            e);
      }
    }
  }

  private static void clear(Object cache, ClassLoader loader) throws ReflectiveOperationException {
    if (cache != null) {
      Method clear = cache.getClass().getDeclaredMethod("clear", ClassLoader.class);
      clear.setAccessible(true);
      clear.invoke(cache, loader);
    }
  }
}
