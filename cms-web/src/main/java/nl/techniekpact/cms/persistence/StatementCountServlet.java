package nl.techniekpact.cms.persistence;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import org.eclipse.microprofile.config.Config;

/**
 * {@code GET /diagnostics/statements}: the number of SQL statements EclipseLink sent since start,
 * as plain text, for the benchmark (docs/performance.md). Answers only when {@value #ENABLED} is
 * {@code true} (default {@code false}) and only to a client on the same machine; otherwise 404.
 */
@WebServlet("/diagnostics/statements")
public class StatementCountServlet extends HttpServlet {

  /** Configuration key: whether the count is served. */
  public static final String ENABLED = "cms.diagnostics.statements";

  private static final long serialVersionUID = 1L;

  @Inject private transient Config config;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!config.getOptionalValue(ENABLED, Boolean.class).orElse(false)
        || !InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("text/plain;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().print(StatementCounter.count());
  }
}
