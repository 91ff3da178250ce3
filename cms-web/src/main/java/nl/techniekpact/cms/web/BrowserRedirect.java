package nl.techniekpact.cms.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Redirects a browser also follows from a JSF Ajax request (such as an open form's session
 * keep-alive or a PrimeFaces button), which follows a redirect only when told so in its own answer
 * format: an HTTP redirect would hand the script an HTML page it cannot read.
 */
public final class BrowserRedirect {

  private BrowserRedirect() {}

  /** Whether the request is a JSF Ajax request. */
  public static boolean isFacesAjax(HttpServletRequest request) {
    return "partial/ajax".equals(request.getHeader("Faces-Request"));
  }

  /**
   * Sends the browser to {@code target}: a JSF partial response with a redirect for a JSF Ajax
   * request, else 303 See Other.
   *
   * @param target the address, with the context path
   */
  public static void seeOther(
      HttpServletRequest request, HttpServletResponse response, String target) throws IOException {
    if (isFacesAjax(request)) {
      facesAjax(response, target);
      return;
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", target);
  }

  /**
   * Answers a JSF Ajax request with a partial response that sends the browser to {@code target}.
   */
  public static void facesAjax(HttpServletResponse response, String target) throws IOException {
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + target.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                + "\"/></partial-response>");
  }
}
