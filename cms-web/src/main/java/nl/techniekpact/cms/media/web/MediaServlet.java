package nl.techniekpact.cms.media.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import nl.techniekpact.cms.media.MediaLocations;
import nl.techniekpact.cms.media.MediaStore;
import nl.techniekpact.cms.media.MediaStore.VariantBytes;
import nl.techniekpact.cms.media.Variant;
import nl.techniekpact.cms.media.VariantImage;

/**
 * Serves the image variants at {@code /media/<key>/<variant>.<ext>} to everyone: the public pages
 * show them. The key names the content, so the bytes at an address never change: they are sent with
 * {@value #CACHE_CONTROL} and a strong ETag, and a revalidation is answered with 304. Any other
 * path, and the address of a removed image, is 404.
 */
@WebServlet(name = "media", urlPatterns = "/media/*")
public class MediaServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** A year, immutable: browsers and proxies never ask again. */
  public static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

  @Inject private transient MediaStore store;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path =
        MediaLocations.PREFIX.substring(0, MediaLocations.PREFIX.length() - 1)
            + Optional.ofNullable(request.getPathInfo()).orElse("");
    Optional<String> key = MediaLocations.keyOf(path);
    if (key.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String file = path.substring(path.lastIndexOf('/') + 1);
    Variant variant = Variant.fromUrlName(file.substring(0, file.indexOf('.'))).orElseThrow();
    String extension = file.substring(file.indexOf('.') + 1);
    String etag = "\"" + key.get() + "-" + variant.urlName() + "\"";
    Optional<VariantBytes> stored;
    try {
      stored = store.variant(key.get(), variant);
    } catch (SQLException e) {
      throw new IOException("Could not read image " + path, e);
    }
    if (stored.isEmpty() || !VariantImage.extensionOf(stored.get().mediaType()).equals(extension)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("Cache-Control", CACHE_CONTROL);
    response.setHeader("ETag", etag);
    response.setHeader("Cross-Origin-Resource-Policy", "same-site");
    if (matches(request.getHeader("If-None-Match"), etag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    byte[] bytes = stored.get().bytes();
    response.setContentType(stored.get().mediaType());
    response.setContentLength(bytes.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(bytes);
    }
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }
}
