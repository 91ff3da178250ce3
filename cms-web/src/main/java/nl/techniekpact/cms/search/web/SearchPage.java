package nl.techniekpact.cms.search.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.ResourceBundle;
import nl.techniekpact.cms.search.SearchHit;
import nl.techniekpact.cms.search.SearchRequest;
import nl.techniekpact.cms.search.SearchResults;
import nl.techniekpact.cms.search.SiteSearch;
import nl.techniekpact.cms.site.SiteLanguage;

/**
 * What the search page {@code /zoeken?q=…&page=…} shows: the form, then either a message (no query,
 * an empty or overlong one, the index still being built) or a page of results with paging. A page
 * number that is not a number from 1 shows the first page.
 */
@Named("searchPage")
@RequestScoped
public class SearchPage {

  /** Results per page. */
  static final int PAGE_SIZE = 10;

  @Inject private SiteSearch search;
  @Inject private SiteLanguage language;
  @Inject private HttpServletRequest request;

  private String query = "";
  private String message;
  private SearchResults results;
  private int page = 1;
  private List<Shown> shown;
  private ResourceBundle messages;

  /**
   * A hit as the page shows it, its address and type label worked out once (the page reads the
   * address three times and the label once per hit). The page reads records as properties ({@code
   * #{shown.hit.title}}), which the record resolver answers from accessors it keeps, not as method
   * calls, which EL looks up by reflection on every call.
   *
   * @param hit the hit
   * @param href where it links to, or {@code null} (see {@link SearchPage#href})
   * @param label the name of its type (see {@link SearchPage#typeLabel})
   * @param type the code of its type, such as {@code case}
   */
  public record Shown(SearchHit hit, String href, String label, String type) {}

  @PostConstruct
  void load() {
    String q = request.getParameter("q");
    if (q == null) {
      return;
    }
    query = q.strip();
    long length = query.codePoints().count();
    if (length == 0) {
      message = "search.empty";
      return;
    }
    if (length > SearchRequest.MAX_LENGTH || query.codePoints().anyMatch(Character::isISOControl)) {
      message = "search.tooLong";
      query = "";
      return;
    }
    if (!search.isReady()) {
      message = "search.notReady";
      HttpServletResponse response =
          (HttpServletResponse)
              FacesContext.getCurrentInstance().getExternalContext().getResponse();
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", "5");
      return;
    }
    page = pageNumber(request.getParameter("page"));
    results =
        search.search(
            new SearchRequest(
                query, null, isEnglish(), (page - 1) * PAGE_SIZE, PAGE_SIZE, Instant.now()));
    if (results.hits().isEmpty() && results.total() > 0) {
      message = "search.beyond";
    } else if (results.total() == 0) {
      message = "search.none";
    }
  }

  private static int pageNumber(String text) {
    if (text == null || !text.matches("[1-9][0-9]{0,5}")) {
      return 1;
    }
    return Integer.parseInt(text);
  }

  private boolean isEnglish() {
    return "en".equals(language.getLocale().getLanguage());
  }

  /** The query as the visitor typed it (stripped), for the form; empty when none or refused. */
  public String getQuery() {
    return query;
  }

  /** The message key of what to tell the visitor instead of (or besides) results, or null. */
  public String getMessage() {
    return message;
  }

  /** The text of the message, with the query and the limit filled in. */
  public String getMessageText() {
    return message == null ? "" : format(message, query, SearchRequest.MAX_LENGTH);
  }

  /** Whether results (possibly none) were searched for. */
  public boolean isSearched() {
    return results != null;
  }

  public List<SearchHit> getHits() {
    return results == null ? List.of() : results.hits();
  }

  /** The hits with their addresses and type labels, as the page lists them. */
  public List<Shown> getShown() {
    if (shown == null) {
      shown =
          getHits().stream()
              .map(hit -> new Shown(hit, href(hit), typeLabel(hit), hit.type().code()))
              .toList();
    }
    return shown;
  }

  public long getTotal() {
    return results == null ? 0 : results.total();
  }

  public int getPage() {
    return page;
  }

  /** How many pages the results fill. */
  public int getPages() {
    return (int) ((getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  /** "12 resultaten voor “scholen”". */
  public String getSummary() {
    return format(getTotal() == 1 ? "search.oneResult" : "search.results", getTotal(), query);
  }

  /** "Pagina 2 van 5". */
  public String getPageLabel() {
    return format("search.pageOf", page, getPages());
  }

  /** The page's title: "Zoeken", or "Zoeken: scholen" with a query. */
  public String getTitle() {
    return query.isEmpty() ? format("search.title") : format("search.titleFor", query);
  }

  /** The address of another page of these results. */
  public String pageHref(int number) {
    return request.getContextPath()
        + "/zoeken?q="
        + URLEncoder.encode(query, StandardCharsets.UTF_8)
        + (number > 1 ? "&page=" + number : "")
        + (isEnglish() ? "&lang=en" : "");
  }

  /** Where a hit links to: its page on this site in the visitor's language, or its website. */
  public String href(SearchHit hit) {
    String link = hit.link();
    if (link == null) {
      return null;
    }
    return link.startsWith("/") ? language.href(link) : link;
  }

  /**
   * The name of a hit's type, such as "Case" or "Doel"; for a plugin's item the name its plugin
   * gives the type (in the page's language).
   */
  public String typeLabel(SearchHit hit) {
    if (hit.typeLabel() != null) {
      return hit.typeLabel();
    }
    return format("search.type." + hit.type().code());
  }

  private String format(String key, Object... arguments) {
    if (messages == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      messages = faces.getApplication().getResourceBundle(faces, "msg");
    }
    String pattern = messages.getString(key);
    return new MessageFormat(pattern, language.getLocale()).format(arguments);
  }
}
