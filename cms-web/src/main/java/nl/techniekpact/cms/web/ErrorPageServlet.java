package nl.techniekpact.cms.web;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.cms.site.SiteMenu;
import nl.techniekpact.plugin.api.Html;

/**
 * Renders every error of the CMS, the target of all {@code <error-page>} entries: a friendly,
 * localised HTML page for browsers, RFC 9457 problem details for the API and for clients that ask
 * for JSON. Never an exception name or a stack trace; those go to the server log.
 */
@WebServlet(name = "errorPage", urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

  /** Where the error pages are mapped in web.xml. */
  public static final String PATH = "/error";

  private static final String TEMPLATE = loadTemplate();

  @Inject private transient SiteMenu siteMenu;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    Integer status = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri == null) {
      uri = request.getRequestURI();
    }
    ErrorKind kind =
        request.getAttribute(ErrorKind.ATTRIBUTE) instanceof ErrorKind named
            ? named
            : ErrorKind.classify(error, status == null ? 404 : status);
    if (kind == ErrorKind.NOT_FOUND
        && request.getAttribute(ErrorKind.IF_NOT_FOUND) instanceof ErrorKind instead) {
      kind = instead;
    }
    if (error != null && kind.logged()) {
      LOG.log(Level.SEVERE, "Request " + uri + " failed", error);
    } else if (error != null && kind.status() >= 500) {
      LOG.log(Level.FINE, "Request " + uri + " failed", error);
    }
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(kind.status());
    if (kind == ErrorKind.DATABASE_UNAVAILABLE) {
      response.setHeader("Retry-After", ErrorKind.RETRY_AFTER_SECONDS);
    }
    if (kind == ErrorKind.REQUEST_TOO_LARGE || kind == ErrorKind.MALFORMED_MULTIPART) {
      response.setHeader("Connection", "close");
    }
    ErrorMessages messages = ErrorMessages.forRequest(request);
    if ("HEAD".equals(request.getMethod())) {
      return;
    }
    if (wantsProblemJson(request, uri)) {
      response.setContentType(ProblemDetails.MEDIA_TYPE);
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(messages.problem(kind, uri).toJson());
    } else {
      response.setContentType("text/html");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              TEMPLATE
                  .replace("{{lang}}", messages.locale().getLanguage())
                  .replace("{{status}}", Integer.toString(kind.status()))
                  .replace("{{title}}", Html.escape(messages.title(kind)))
                  .replace("{{detail}}", Html.escape(messages.detail(kind)))
                  .replace("{{home}}", Html.escape(messages.text("error.home")))
                  .replace("{{skip}}", Html.escape(messages.text("error.site")))
                  .replace("{{menu}}", menu(messages))
                  .replace("{{contextPath}}", Html.escape(request.getContextPath())));
    }
  }

  /**
   * The site's main menu, so that a visitor who met an error can go on: empty when it cannot be
   * made (the plugins not started yet, or anything else), the error page itself must never fail.
   */
  private String menu(ErrorMessages messages) {
    try {
      return "<nav class=\"site-menu\" aria-label=\""
          + Html.escape(messages.text("site.menu"))
          + "\">"
          + siteMenu.html(messages.locale())
          + "</nav>";
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "No menu on the error page", e);
      return "";
    }
  }

  /** API paths, and clients that prefer JSON over HTML, get problem details. */
  static boolean wantsProblemJson(HttpServletRequest request, String uri) {
    String apiPrefix = request.getContextPath() + "/api/";
    if (uri.startsWith(apiPrefix)) {
      return true;
    }
    String accept = request.getHeader("Accept");
    return accept != null
        && (accept.contains("application/problem+json") || accept.contains("application/json"))
        && !accept.contains("text/html");
  }

  private static String loadTemplate() {
    try (InputStream in = ErrorPageServlet.class.getResourceAsStream("error-page.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
