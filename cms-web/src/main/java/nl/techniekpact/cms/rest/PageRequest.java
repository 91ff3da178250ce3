package nl.techniekpact.cms.rest;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.model.shared.Page;

/**
 * Which page of a list a client asked for with {@code page} (from 1, default 1) and {@code size} (1
 * to {@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}), and the paged answer: a {@link PagedView}
 * body with RFC 8288 {@code Link} headers to the first, previous, next and last page.
 *
 * <pre>{@code
 * PageRequest paging = PageRequest.read(check, pageText, sizeText);
 * long total = cases.countPublished(filter, now);
 * List<CaseView> items = cases.findPublished(filter, now, paging.window()) ... ;
 * return paging.respond(items, total, uriInfo);
 * }</pre>
 *
 * @param page the page number, from 1
 * @param size the items per page, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(int page, int size) {

  /** The items per page when the client names no size. */
  public static final int DEFAULT_SIZE = 20;

  /** The largest page a client may ask for. */
  public static final int MAX_SIZE = 100;

  /** The highest page number accepted; any higher would only be empty. */
  public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

  public PageRequest {
    if (page < 1 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page " + page + " of size " + size);
    }
  }

  /** Reads {@code page} and {@code size}, refusing bad values through the check. */
  public static PageRequest read(ParameterCheck check, String page, String size) {
    return new PageRequest(
        check.integer("page", page, 1, 1, MAX_PAGE),
        check.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
  }

  /** The window onto the list for the repositories. */
  public Page window() {
    return new Page((page - 1) * size, size);
  }

  /** How many pages {@code total} items fill; 0 for none. */
  public int totalPages(long total) {
    return (int) ((total + size - 1) / size);
  }

  /** Whether this page lies beyond the last one, so no query for its items is needed. */
  public boolean isBeyond(long total) {
    return (long) (page - 1) * size >= total;
  }

  /** The body of this page. */
  public <T> PagedView<T> view(List<T> items, long total) {
    return new PagedView<>(items, page, size, total, totalPages(total));
  }

  /**
   * The links to the first and last page, and to the previous and next where they exist, on the
   * request's own address with only {@code page} and {@code size} replaced.
   */
  public List<Link> links(UriInfo uriInfo, long total) {
    int last = Math.max(1, totalPages(total));
    List<Link> links = new ArrayList<>();
    links.add(link(uriInfo, 1, "first"));
    if (page > 1) {
      links.add(link(uriInfo, Math.min(page - 1, last), "prev"));
    }
    if (page < last) {
      links.add(link(uriInfo, page + 1, "next"));
    }
    links.add(link(uriInfo, last, "last"));
    return links;
  }

  /** The 200 response of this page: the body and the {@code Link} headers. */
  public <T> Response respond(List<T> items, long total, UriInfo uriInfo) {
    return Response.ok(view(items, total))
        .links(links(uriInfo, total).toArray(Link[]::new))
        .build();
  }

  private Link link(UriInfo uriInfo, int number, String rel) {
    return Link.fromUriBuilder(
            uriInfo
                .getRequestUriBuilder()
                .replaceQueryParam("page", number)
                .replaceQueryParam("size", size))
        .rel(rel)
        .build();
  }
}
