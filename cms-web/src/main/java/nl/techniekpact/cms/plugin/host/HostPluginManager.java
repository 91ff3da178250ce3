package nl.techniekpact.cms.plugin.host;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import nl.techniekpact.plugin.api.PluginContext;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.ExtensionFinder;
import org.pf4j.JarPluginLoader;
import org.pf4j.LegacyExtensionFinder;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.Plugin;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginFactory;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginStatusProvider;
import org.pf4j.PluginWrapper;

/**
 * PF4J set up for the host: plugins come only from jars the host hands it ({@link PluginLifecycle}
 * decides which), each in a {@link HostPluginClassLoader}, with extensions listed in {@code
 * META-INF/extensions.idx}, and every plugin object is created by the host with the plugin's {@link
 * PluginContext}.
 */
class HostPluginManager extends DefaultPluginManager {

  private final Function<PluginDescriptor, PluginContext> contexts;

  HostPluginManager(Path workDir, Function<PluginDescriptor, PluginContext> contexts) {
    super(workDir);
    this.contexts = contexts;
  }

  PluginContext contextOf(PluginDescriptor descriptor) {
    return contexts.apply(descriptor);
  }

  @Override
  protected PluginDescriptorFinder createPluginDescriptorFinder() {
    return new ManifestPluginDescriptorFinder();
  }

  @Override
  protected PluginLoader createPluginLoader() {
    return new JarPluginLoader(this) {
      @Override
      protected PluginClassLoader createPluginClassLoader(
          Path pluginPath, PluginDescriptor descriptor) {
        return new HostPluginClassLoader(
            pluginManager, descriptor, HostPluginManager.class.getClassLoader());
      }
    };
  }

  @Override
  protected PluginRepository createPluginRepository() {
    return new PluginRepository() {
      @Override
      public List<Path> getPluginPaths() {
        return List.of();
      }

      @Override
      public boolean deletePluginPath(Path pluginPath) {
        return false;
      }
    };
  }

  @Override
  protected PluginStatusProvider createPluginStatusProvider() {
    return new PluginStatusProvider() {
      @Override
      public boolean isPluginDisabled(String pluginId) {
        return false;
      }

      @Override
      public void disablePlugin(String pluginId) {}

      @Override
      public void enablePlugin(String pluginId) {}
    };
  }

  @Override
  protected ExtensionFinder createExtensionFinder() {
    LegacyExtensionFinder finder = new LegacyExtensionFinder(this);
    addPluginStateListener(finder);
    return finder;
  }

  @Override
  protected PluginFactory createPluginFactory() {
    return this::createPlugin;
  }

  @Override
  protected ExtensionFactory createExtensionFactory() {
    return new ExtensionFactory() {
      @Override
      public <T> T create(Class<T> extensionClass) {
        PluginWrapper plugin = whichPlugin(extensionClass);
        if (plugin == null) {
          throw new PluginRuntimeException(
              "Extension " + extensionClass.getName() + " belongs to no loaded plugin");
        }
        return instantiate(extensionClass, contextOf(plugin.getDescriptor()));
      }
    };
  }

  private Plugin createPlugin(PluginWrapper wrapper) {
    String className = wrapper.getDescriptor().getPluginClass();
    if (className == null || className.isBlank() || className.equals(Plugin.class.getName())) {
      return new Plugin();
    }
    Class<?> type;
    try {
      type = wrapper.getPluginClassLoader().loadClass(className);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new PluginRuntimeException(e, "Plugin-Class {} cannot be loaded", className);
    }
    if (!Plugin.class.isAssignableFrom(type)) {
      throw new PluginRuntimeException(
          "Plugin-Class {} does not extend org.pf4j.Plugin", className);
    }
    return (Plugin) instantiate(type, contextOf(wrapper.getDescriptor()));
  }

  /** Calls the public constructor taking a PluginContext, else the public no-argument one. */
  static <T> T instantiate(Class<T> type, PluginContext context) {
    try {
      try {
        Constructor<T> withContext = type.getConstructor(PluginContext.class);
        return withContext.newInstance(context);
      } catch (NoSuchMethodException e) {
        return type.getConstructor().newInstance();
      }
    } catch (NoSuchMethodException e) {
      throw new PluginRuntimeException(
          "{} needs a public constructor taking a PluginContext, or a public no-argument one",
          type.getName());
    } catch (InvocationTargetException e) {
      throw new PluginRuntimeException(
          e.getCause(), "{} could not be created: {}", type.getName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new PluginRuntimeException(e, "{} could not be created", type.getName());
    }
  }
}
