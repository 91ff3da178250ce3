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
 * Answers a page that met a database that cannot be reached with the error page's 503 ({@link
 * ErrorKind#DATABASE_UNAVAILABLE}) instead of letting the exception leave the servlet, which the
 * container would log with its stack trace for every request of an outage. The outage itself is
 * logged once where the connection failed, and {@code /health} shows it. web.xml maps it right
 * after the page cache, on requests and on forwards (routes and plugin pages are forwarded, and the
 * container logs an exception leaving a forward). Other failures pass on unchanged.
 */
@WebFilter(
    filterName = "unreachableDatabase",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class UnreachableDatabaseFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException failure) {
      if (response.isCommitted() || !ErrorKind.isDatabaseUnavailable(failure)) {
        throw failure;
      }
      request.setAttribute(ErrorKind.ATTRIBUTE, ErrorKind.DATABASE_UNAVAILABLE);
      response.sendError(ErrorKind.DATABASE_UNAVAILABLE.status());
    }
  }
}
