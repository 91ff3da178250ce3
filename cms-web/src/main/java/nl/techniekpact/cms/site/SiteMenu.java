package nl.techniekpact.cms.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.techniekpact.cms.pagecache.PublicParts;
import nl.techniekpact.cms.site.MenuSource.MenuEntry;

/**
 * The main menu in every public page's header: the host's goals and the entries of the {@link
 * MenuSource}s (the plugins' pages with a menu label), by position. The entries are kept as a
 * public page part per language (ADR 0024), so a plugin change or the next publication builds them
 * again; which entry is the current page is decided per request.
 *
 * <pre>{@code
 * <ui:repeat value="#{siteMenu.links}" var="link">
 *   <a href="#{link.href()}">#{link.label()}</a>
 * </ui:repeat>
 * }</pre>
 */
@Named("siteMenu")
@ApplicationScoped
public class SiteMenu {

  /** The position of the host's own entry, the goals. */
  public static final int GOALS_POSITION = 20;

  private static final String MESSAGES = "nl.techniekpact.cms.i18n.messages";

  @Inject private SiteLanguage language;
  @Inject private PublicParts parts;
  @Inject private Instance<MenuSource> sources;
  @Inject private HttpServletRequest request;

  /**
   * A link of the menu as one page shows it.
   *
   * @param href the address, in the page's language
   * @param label what it says
   * @param ariaCurrent {@code page} when it is this page, {@code true} when this page is below it
   *     (such as a case below the cases), else empty: the value of {@code aria-current}
   */
  public record Link(String href, String label, String ariaCurrent) {

    /** Whether this page is the link's page or below it. */
    public boolean isCurrent() {
      return !ariaCurrent.isEmpty();
    }
  }

  /** The menu's links for the page being rendered. */
  public List<Link> getLinks() {
    Locale locale = language.getLocale();
    List<List<MenuEntry>> now = new ArrayList<>(1);
    List<MenuEntry> kept =
        parts.get(
            new Key(locale),
            () -> {
              MenuSource.Entries built = build(locale);
              now.add(built.entries());
              return built.complete() ? built.entries() : null;
            });
    List<MenuEntry> entries = kept != null ? kept : now.get(0);
    String path = currentPath();
    List<Link> links = new ArrayList<>(entries.size());
    for (MenuEntry entry : entries) {
      links.add(new Link(language.href(entry.path()), entry.label(), current(entry.path(), path)));
    }
    return links;
  }

  /** What the kept entries depend on: the language. */
  record Key(Locale locale) {}

  /** The host's entry and the sources' entries, by position; incomplete when a source's was. */
  private MenuSource.Entries build(Locale locale) {
    List<MenuEntry> entries = new ArrayList<>();
    entries.add(
        new MenuEntry(
            "/doelen",
            ResourceBundle.getBundle(MESSAGES, locale).getString("site.menu.goals"),
            GOALS_POSITION));
    boolean complete = true;
    for (MenuSource source : sources) {
      MenuSource.Entries added = source.entries(locale);
      entries.addAll(added.entries());
      complete &= added.complete();
    }
    entries.sort(Comparator.comparingInt(MenuEntry::position));
    return new MenuSource.Entries(entries, complete);
  }

  /** The request's address below the context path, as the visitor asked for it. */
  private String currentPath() {
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String uri = forwarded instanceof String value ? value : request.getRequestURI();
    return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
  }

  static String current(String entryPath, String path) {
    if (path.equals(entryPath)) {
      return "page";
    }
    return path.startsWith(entryPath + "/") ? "true" : "";
  }
}
