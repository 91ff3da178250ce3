package nl.techniekpact.cms.plugin.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.cms.plugin.content.PluginItemPreview;
import nl.techniekpact.cms.plugin.host.ActivePlugin;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import nl.techniekpact.cms.plugin.host.PluginResources;
import nl.techniekpact.cms.site.SiteLanguage;
import nl.techniekpact.cms.web.ErrorKind;
import nl.techniekpact.plugin.api.PageNotFoundException;
import nl.techniekpact.plugin.api.PublicPage;
import nl.techniekpact.plugin.api.PublicPageRequest;

/**
 * Answers every address below {@code /p/} ({@link PluginAddress}): the gate in front of plugin
 * pages and the server of plugin static files. Only a running plugin's pages and files are served;
 * anything else is the site's friendly 404.
 *
 * <ul>
 *   <li>A stable page address is forwarded to the running version's page, so links survive upgrades
 *       while Faces caches each version's Facelet under its own address.
 *   <li>A versioned page address of the running version gets its title and model from the plugin,
 *       through the invoker, and is then rendered by Faces ({@link PluginViewResources} finds the
 *       Facelet). When the plugin throws, the visitor gets the friendly "temporarily unavailable"
 *       page; an address of another version is redirected to the stable one.
 *   <li>A static file is read from the running plugin's jar, sent with its content type and cached
 *       for a year (its address changes with the version).
 * </ul>
 */
@WebFilter(
    filterName = "pluginPages",
    urlPatterns = "/p/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class PluginPagesFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PluginPagesFilter.class.getName());

  /** What the page's call answers when the plugin said there is nothing at the address. */
  private static final Object NOT_FOUND = new Object();

  @Inject private transient PluginPlatform platform;
  @Inject private transient SiteLanguage language;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<PluginAddress> address = PluginAddress.parse(path);
    if (address.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      response.setHeader("Allow", "GET, HEAD");
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    Optional<ActivePlugin> plugin = platform.registry().find(address.get().pluginId());
    if (plugin.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (address.get() instanceof PluginAddress.StablePage stable) {
      forward(stable, plugin.get(), request, response);
    } else if (address.get() instanceof PluginAddress.VersionedPage page) {
      render(page, plugin.get(), request, response, chain);
    } else if (address.get() instanceof PluginAddress.StaticFile file) {
      serve(file, plugin.get(), request, response);
    }
  }

  private void forward(
      PluginAddress.StablePage stable,
      ActivePlugin plugin,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException, ServletException {
    if (plugin.page(stable.pageId()).isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String versioned =
        new PluginAddress.VersionedPage(plugin.id(), plugin.version(), stable.pageId()).path();
    request.getRequestDispatcher(versioned).forward(request, response);
  }

  private void render(
      PluginAddress.VersionedPage address,
      ActivePlugin plugin,
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain)
      throws IOException, ServletException {
    Optional<PublicPage> page = plugin.page(address.pageId());
    if (page.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (!plugin.version().equals(address.version())) {
      if (request.getDispatcherType() != DispatcherType.REQUEST) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      String query = request.getQueryString();
      response.sendRedirect(
          request.getContextPath()
              + PluginAddress.PREFIX
              + plugin.id()
              + "/"
              + address.pageId()
              + (query == null ? "" : "?" + query));
      return;
    }
    Locale locale = language.getLocale();
    Map<String, String> parameters = firstValues(request);
    parameters.putAll(PluginRoutesFilter.routeValues(request));
    PublicPageRequest pageRequest = new PublicPageRequest(address.pageId(), locale, parameters);
    PublicPage publicPage = page.get();
    // a preview (set by the back office's forward, never by a visitor) shows an editor's item as if
    // it were published, while the page's model is made and while it renders
    Object preview =
        request.getDispatcherType() == DispatcherType.FORWARD
            ? request.getAttribute(PluginItemPreview.ATTRIBUTE)
            : null;
    if (preview instanceof PluginItemPreview item && item.pluginId().equals(plugin.id())) {
      try {
        PluginItemPreview.during(
            item,
            () -> {
              prepareAndRender(publicPage, pageRequest, address, plugin, request, response, chain);
              return null;
            });
      } catch (IOException | ServletException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new ServletException(e);
      }
      return;
    }
    prepareAndRender(publicPage, pageRequest, address, plugin, request, response, chain);
  }

  private void prepareAndRender(
      PublicPage publicPage,
      PublicPageRequest pageRequest,
      PluginAddress.VersionedPage address,
      ActivePlugin plugin,
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain)
      throws IOException, ServletException {
    Optional<Object> prepared =
        platform
            .invoker()
            .call(
                plugin,
                "page " + address.pageId(),
                () -> {
                  Object model;
                  try {
                    model = publicPage.model(pageRequest);
                  } catch (PageNotFoundException e) {
                    return NOT_FOUND;
                  }
                  return new PreparedPage(
                      plugin.id(),
                      plugin.version(),
                      address.pageId(),
                      publicPage.title(pageRequest, model),
                      publicPage.description(pageRequest, model),
                      model);
                });
    if (prepared.isEmpty()) {
      request.setAttribute(ErrorKind.ATTRIBUTE, ErrorKind.PLUGIN_UNAVAILABLE);
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    if (prepared.get() == NOT_FOUND) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    request.setAttribute(PreparedPage.ATTRIBUTE, prepared.get());
    chain.doFilter(request, response);
  }

  private static Map<String, String> firstValues(HttpServletRequest request) {
    Map<String, String> values = new LinkedHashMap<>();
    request
        .getParameterMap()
        .forEach(
            (name, all) -> {
              if (all.length > 0) {
                values.put(name, all[0]);
              }
            });
    return values;
  }

  private static void serve(
      PluginAddress.StaticFile file,
      ActivePlugin plugin,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    Optional<String> entry = PluginResources.staticFile(file.path());
    Optional<String> type = PluginStaticFiles.contentType(file.path());
    if (!plugin.version().equals(file.version()) || entry.isEmpty() || type.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<byte[]> bytes;
    try {
      bytes = PluginResources.read(plugin.classLoader(), entry.get());
    } catch (IOException e) {
      // the plugin was stopped while its file was read
      LOG.log(Level.FINE, "Could not read " + entry.get() + " of " + plugin.id(), e);
      bytes = Optional.empty();
    }
    if (bytes.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(type.get());
    response.setHeader("Cache-Control", PluginStaticFiles.CACHE_CONTROL);
    response.setContentLength(bytes.get().length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(bytes.get());
    }
  }
}
