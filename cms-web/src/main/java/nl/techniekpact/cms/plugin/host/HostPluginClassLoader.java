package nl.techniekpact.cms.plugin.host;

import java.util.List;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A plugin's class loader: the plugin's own classes first, except for the packages the host
 * provides, which always come from the host. Without this, a plugin that bundles its own copy of
 * the plugin API (or of Jakarta EE) would have its extensions silently dropped by PF4J, and JAX-RS,
 * JSON-B and Faces would not recognise its annotations.
 */
public class HostPluginClassLoader extends PluginClassLoader {

  /** Packages always loaded from the host. */
  static final List<String> HOST_PACKAGES =
      List.of(
          "jakarta.",
          "org.primefaces.",
          "org.slf4j.",
          "org.eclipse.microprofile.",
          "nl.techniekpact.plugin.api.",
          "nl.techniekpact.model.");

  static {
    registerAsParallelCapable();
  }

  /** A loader for one plugin whose parent is the host's class loader. */
  public HostPluginClassLoader(
      PluginManager manager, PluginDescriptor descriptor, ClassLoader parent) {
    super(manager, descriptor, parent);
    PluginClassLoaderCensus.register(
        this, descriptor.getPluginId() + "@" + descriptor.getVersion());
  }

  @Override
  protected boolean shouldDelegateToParent(String className) {
    if (super.shouldDelegateToParent(className)) {
      return true;
    }
    for (String prefix : HOST_PACKAGES) {
      if (className.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
