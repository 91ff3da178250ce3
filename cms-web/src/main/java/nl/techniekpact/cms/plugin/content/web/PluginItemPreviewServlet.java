package nl.techniekpact.cms.plugin.content.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.techniekpact.cms.plugin.content.PluginItemEditing;
import nl.techniekpact.cms.plugin.content.PluginItemPreview;
import nl.techniekpact.cms.plugin.host.ActivePlugin;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import nl.techniekpact.cms.publishing.ContentNotFoundException;
import nl.techniekpact.cms.publishing.EditRefusedException;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Editors;

/**
 * The preview of a plugin item: {@code
 * /beheer/content/preview/{plugin}/{type}/{slug}/{page}[?lang=en]} renders the plugin's public page
 * {@code page} exactly as visitors get it, with the item shown as if it were published ({@link
 * PluginItemPreview}): the host does not know how a plugin shows its items, so the plugin's own
 * page is the preview. The page also gets the item's slug as its parameter {@code slug}, so a
 * detail page (a route such as {@code /x/{slug}}) shows the item itself. Only for editors allowed
 * to edit the item (403 otherwise, 404 for an unknown plugin, type, item or page); never cached,
 * never indexed.
 */
@WebServlet(name = "pluginItemPreview", urlPatterns = "/beheer/content/preview/*")
public class PluginItemPreviewServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

  @Inject private transient PluginItemEditing items;
  @Inject private transient Editors editors;
  @Inject private transient PluginPlatform platform;

  /** The address of the preview of an item on one of its plugin's pages. */
  public static String address(String pluginId, String type, String slug, String pageId) {
    return "/beheer/content/preview/" + pluginId + "/" + type + "/" + slug + "/" + pageId;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String[] parts =
        request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
    if (parts.length != 5 || !parts[0].isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    for (int i = 1; i < parts.length; i++) {
      if (!SEGMENT.matcher(parts[i]).matches()) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
    }
    String plugin = parts[1];
    String type = parts[2];
    String slug = parts[3];
    String page = parts[4];
    Optional<Editor> editor = editors.current();
    if (editor.isEmpty()) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    PluginItemPreview preview;
    try {
      preview = items.preview(editor.get(), plugin, type, slug);
    } catch (EditRefusedException refused) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } catch (ContentNotFoundException unknown) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<ActivePlugin> running = platform.registry().find(plugin);
    if (running.isEmpty() || running.get().page(page).isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
    request.setAttribute(PluginItemPreview.ATTRIBUTE, preview);
    String lang = "en".equals(request.getParameter("lang")) ? "&lang=en" : "";
    request
        .getRequestDispatcher(
            "/p/"
                + plugin
                + "/"
                + page
                + "?slug="
                + URLEncoder.encode(slug, StandardCharsets.UTF_8)
                + lang)
        .forward(request, response);
  }
}
