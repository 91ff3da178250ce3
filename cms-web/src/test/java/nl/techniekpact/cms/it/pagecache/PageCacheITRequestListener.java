package nl.techniekpact.cms.it.pagecache;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.techniekpact.cms.security.Roles;

/**
 * Fixture of the page cache tests, deployed with the suite's war: a request listener that counts
 * the requests it sees whose query string starts with {@value #PREFIX}, and {@code GET
 * /api/v1/it-fixtures/page-cache/request-listener?query=…} (administrators only) that tells how
 * many requests with that query string it saw. A hit answered by the front door on the virtual
 * server never reaches it (ADR 0034).
 */
@WebListener
public class PageCacheITRequestListener implements ServletRequestListener {

  /** Only requests with a query string starting with this are counted. */
  static final String PREFIX = "it=listeners-";

  private static final Map<String, AtomicInteger> SEEN = new ConcurrentHashMap<>();

  @Override
  public void requestInitialized(ServletRequestEvent event) {
    if (event.getServletRequest() instanceof HttpServletRequest request
        && request.getQueryString() != null
        && request.getQueryString().startsWith(PREFIX)) {
      SEEN.computeIfAbsent(request.getQueryString(), q -> new AtomicInteger()).incrementAndGet();
    }
  }

  /** The resource that reads the count. */
  @Path("it-fixtures/page-cache/request-listener")
  @RequestScoped
  @RolesAllowed(Roles.ADMINISTRATOR)
  public static class Count {

    /** How many requests with this query string the listener saw. */
    @GET
    public String seen(@QueryParam("query") String query) {
      AtomicInteger count = SEEN.get(query);
      return Integer.toString(count == null ? 0 : count.get());
    }
  }
}
