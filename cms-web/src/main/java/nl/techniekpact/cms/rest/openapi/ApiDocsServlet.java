package nl.techniekpact.cms.rest.openapi;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import nl.techniekpact.plugin.api.Html;

/**
 * The interactive API page at {@value #PATH}: Swagger UI from the {@code org.webjars:swagger-ui}
 * jar in the war (served by the container from the jar's {@code META-INF/resources}), showing the
 * live document at {@value #DOCUMENT} and sending "try it out" requests to this CMS.
 *
 * <p>The page runs under the site's strict Content-Security-Policy: it has no inline script; the
 * set-up is in {@value #INIT_SCRIPT}.
 */
@WebServlet(urlPatterns = ApiDocsServlet.PATH)
public class ApiDocsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Where the page is. */
  public static final String PATH = "/api/docs";

  /**
   * The document the page shows: Payara's ({@code /openapi}) with the running plugins' endpoints.
   */
  public static final String DOCUMENT = "/api/v1/openapi.json";

  /** The page's own script, a static file of the war. */
  public static final String INIT_SCRIPT = "/api/docs/init.js";

  /** The Swagger UI version in the war, as its jar's Maven metadata names it. */
  static final String SWAGGER_UI_VERSION = swaggerUiVersion();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String root = Html.escape(request.getContextPath());
    String assets = root + "/webjars/swagger-ui/" + Html.escape(SWAGGER_UI_VERSION) + "/";
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-cache");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Techniekpact CMS API</title>\n"
                + "<link rel=\"stylesheet\" href=\""
                + assets
                + "swagger-ui.css\">\n</head>\n<body>\n"
                + "<div id=\"swagger-ui\" data-url=\""
                + root
                + DOCUMENT
                + "\"></div>\n"
                + "<script src=\""
                + assets
                + "swagger-ui-bundle.js\"></script>\n"
                + "<script src=\""
                + root
                + INIT_SCRIPT
                + "\"></script>\n</body>\n</html>\n");
  }

  private static String swaggerUiVersion() {
    try (InputStream in =
        ApiDocsServlet.class
            .getClassLoader()
            .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("The swagger-ui webjar is missing from the war");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
