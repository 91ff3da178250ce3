package nl.techniekpact.cms.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Says {@code Vary: Accept-Encoding} on static resources: the HTTP listener gzips style sheets and
 * scripts for clients that ask for it (the pre-boot commands in {@code src/main/payara}) but does
 * not say so, and a shared cache must not hand a gzipped copy to a client that did not ask for one.
 */
@WebFilter(
    filterName = "compressedResources",
    urlPatterns = {"/jakarta.faces.resource/*", "/resources/*"},
    asyncSupported = true)
public class CompressedResourcesFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.addHeader("Vary", "Accept-Encoding");
    chain.doFilter(request, response);
  }
}
