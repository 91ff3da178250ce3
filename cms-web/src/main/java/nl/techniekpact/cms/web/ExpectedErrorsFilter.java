package nl.techniekpact.cms.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers a page that failed for a reason that is not a fault of the server with the error page,
 * instead of letting the exception leave the servlet, which the container would log with its stack
 * trace as a WARNING for every such request:
 *
 * <ul>
 *   <li>a database that cannot be reached: 503 ({@link ErrorKind#DATABASE_UNAVAILABLE}), logged
 *       once where the connection failed and shown by {@code /health} (ADR 0043);
 *   <li>the client's own error, as {@link ErrorKind#classify} names it: refused (403), not found
 *       (404), an expired view, bad input (4xx), such as a regional editor opening another region's
 *       case.
 * </ul>
 *
 * Faults of the server pass on unchanged, for the container and the error page to log. web.xml maps
 * it right after the page cache, on requests and on forwards (routes and plugin pages are
 * forwarded, and the container logs an exception leaving a forward).
 */
@WebFilter(
    filterName = "expectedErrors",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class ExpectedErrorsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException failure) {
      ErrorKind kind = expected(failure);
      if (response.isCommitted() || kind == null) {
        throw failure;
      }
      request.setAttribute(ErrorKind.ATTRIBUTE, kind);
      response.sendError(kind.status());
    }
  }

  /** The kind of a failure that is not the server's fault; {@code null} for a fault. */
  static ErrorKind expected(Throwable failure) {
    if (ErrorKind.isDatabaseUnavailable(failure)) {
      return ErrorKind.DATABASE_UNAVAILABLE;
    }
    ErrorKind kind = ErrorKind.classify(failure, 500);
    return kind.status() < 500 ? kind : null;
  }
}
