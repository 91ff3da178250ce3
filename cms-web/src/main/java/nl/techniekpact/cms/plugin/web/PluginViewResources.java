package nl.techniekpact.cms.plugin.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Optional;
import nl.techniekpact.cms.plugin.host.ActivePlugin;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import nl.techniekpact.cms.plugin.host.PluginRegistry;
import nl.techniekpact.cms.plugin.host.PluginResources;

/**
 * Finds the Facelets of plugin pages: the view {@code /p/{plugin}/{version}/{page}.xhtml} is the
 * entry {@code META-INF/techniekpact/pages/{page}.xhtml} of that plugin's jar, while the plugin
 * runs in that version. Every other view comes from the war as before (plugin Facelets use its
 * {@code /WEB-INF/templates/site.xhtml}). Registered in faces-config.xml.
 *
 * <p>Faces caches compiled Facelets by URL for good in production, so the URL handed to Faces names
 * the plugin, its version and its jar's SHA-256: an upgrade, or a rebuilt jar installed again, gets
 * a new Facelet, and the old one is never served again because {@link PluginPagesFilter} only lets
 * the running version's address through. The URL reads the Facelet from the running plugin's jar
 * when Faces compiles it and keeps no jar open.
 */
public class PluginViewResources extends ResourceHandlerWrapper {

  private static final String PROTOCOL = "techniekpact-plugin";

  private final FaceletUrls urls = new FaceletUrls();
  private volatile PluginRegistry registry;

  /** Wraps the Faces resource handler. */
  public PluginViewResources(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public ViewResource createViewResource(FacesContext context, String resourceName) {
    if (resourceName != null && resourceName.startsWith(PluginAddress.PREFIX)) {
      return PluginAddress.parse(resourceName)
          .filter(PluginAddress.VersionedPage.class::isInstance)
          .map(PluginAddress.VersionedPage.class::cast)
          .flatMap(this::facelet)
          .map(PluginViewResources::viewResource)
          .orElse(null);
    }
    return super.createViewResource(context, resourceName);
  }

  private Optional<URL> facelet(PluginAddress.VersionedPage page) {
    return registry()
        .find(page.pluginId())
        .filter(plugin -> plugin.version().equals(page.version()))
        .filter(plugin -> plugin.page(page.pageId()).isPresent())
        .filter(
            plugin ->
                PluginResources.find(plugin.classLoader(), PluginResources.page(page.pageId()))
                    .isPresent())
        .map(plugin -> urls.of(plugin, page.pageId()));
  }

  private static ViewResource viewResource(URL url) {
    return new ViewResource() {
      @Override
      public URL getURL() {
        return url;
      }
    };
  }

  private PluginRegistry registry() {
    PluginRegistry found = registry;
    if (found == null) {
      found = CDI.current().select(PluginPlatform.class).get().registry();
      registry = found;
    }
    return found;
  }

  /**
   * URLs {@code techniekpact-plugin:/{plugin}/{version}/{sha256}/{page}.xhtml} whose content is the
   * page's Facelet in the running plugin's jar, read when opened; no host name, so comparing and
   * hashing them never resolves one.
   */
  private final class FaceletUrls extends URLStreamHandler {

    URL of(ActivePlugin plugin, String pageId) {
      String file =
          "/" + plugin.id() + "/" + plugin.version() + "/" + plugin.sha256() + "/" + pageId;
      try {
        return new URL(PROTOCOL, null, -1, file + ".xhtml", this);
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    protected URLConnection openConnection(URL url) throws IOException {
      String[] parts = url.getPath().substring(1).split("/");
      if (parts.length != 4 || !parts[3].endsWith(".xhtml")) {
        throw new FileNotFoundException(url.toString());
      }
      String pageId = parts[3].substring(0, parts[3].length() - ".xhtml".length());
      Optional<ActivePlugin> plugin =
          registry()
              .find(parts[0])
              .filter(p -> p.version().equals(parts[1]) && p.sha256().equals(parts[2]));
      if (plugin.isEmpty()) {
        throw new FileNotFoundException(url + " (the plugin no longer runs in this version)");
      }
      byte[] bytes =
          PluginResources.read(plugin.get().classLoader(), PluginResources.page(pageId))
              .orElseThrow(() -> new FileNotFoundException(url.toString()));
      return new URLConnection(url) {
        @Override
        public void connect() {
          connected = true;
        }

        @Override
        public InputStream getInputStream() {
          return new ByteArrayInputStream(bytes);
        }

        @Override
        public long getContentLengthLong() {
          return bytes.length;
        }

        @Override
        public long getLastModified() {
          return 0;
        }
      };
    }
  }
}
