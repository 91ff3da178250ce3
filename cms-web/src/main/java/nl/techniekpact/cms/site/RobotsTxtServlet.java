package nl.techniekpact.cms.site;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code /robots.txt}: the rules in webapp/robots.txt, followed by the absolute address of {@link
 * SitemapServlet the sitemap}, which the robots.txt format requires to be absolute.
 */
@WebServlet(name = "robotsTxt", urlPatterns = "/robots.txt")
public class RobotsTxtServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String rules;
    try (InputStream in = getServletContext().getResourceAsStream("/robots.txt")) {
      rules =
          in == null ? "User-agent: *\n" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    response.setContentType("text/plain");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            rules.stripTrailing()
                + "\n\nSitemap: "
                + SiteLanguage.origin(request)
                + request.getContextPath()
                + "/sitemap.xml\n");
  }
}
