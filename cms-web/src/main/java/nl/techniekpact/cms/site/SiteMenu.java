package nl.techniekpact.cms.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import nl.techniekpact.cms.pagecache.PublicParts;
import nl.techniekpact.cms.site.MenuSource.MenuEntry;
import nl.techniekpact.cms.web.ErrorMessages;
import nl.techniekpact.plugin.api.Html;

/**
 * The main menu in every public page's header: the host's goals and the entries of the {@link
 * MenuSource}s (the plugins' pages with a menu label), by position. The entries are kept as a
 * public page part per language (ADR 0024), so a plugin change or the next publication builds them
 * again; which entry is the current page is decided per request.
 *
 * <pre>{@code
 * <nav class="site-menu" aria-label="#{msg['site.menu']}">
 *   <h:outputText value="#{siteMenu.html}" escape="false"/>
 * </nav>
 * }</pre>
 */
@Named("siteMenu")
@ApplicationScoped
public class SiteMenu {

  /** The position of the host's own entry, the goals. */
  public static final int GOALS_POSITION = 20;

  @Inject private SiteLanguage language;
  @Inject private PublicParts parts;
  @Inject private Instance<MenuSource> sources;
  @Inject private HttpServletRequest request;

  /**
   * The menu's list for the page being rendered: {@code <ul>} of links in the page's language, the
   * current one marked with {@code aria-current}. Written here rather than with Facelets
   * components, which would add some twenty components to every page's view.
   */
  public String getHtml() {
    return html(entries(language.getLocale()), language::href, currentPath());
  }

  /**
   * The menu's list in a language, no link current: for pages outside the site's template, such as
   * the error pages, whose language may come from the browser.
   *
   * @param locale {@code nl} or {@code en}
   * @return the {@code <ul>} of links, their addresses in that language
   */
  public String html(Locale locale) {
    String prefix = request.getContextPath();
    String suffix = "en".equals(locale.getLanguage()) ? "?lang=en" : "";
    return html(entries(locale), path -> prefix + path + suffix, null);
  }

  private static String html(
      List<MenuEntry> entries, UnaryOperator<String> href, String currentPath) {
    StringBuilder html = new StringBuilder(64 + 64 * entries.size()).append("<ul>");
    for (MenuEntry entry : entries) {
      html.append("<li><a href=\"").append(Html.escape(href.apply(entry.path()))).append('"');
      String current = currentPath == null ? "" : current(entry.path(), currentPath);
      if (!current.isEmpty()) {
        html.append(" aria-current=\"").append(current).append('"');
      }
      html.append('>').append(Html.escape(entry.label())).append("</a></li>");
    }
    return html.append("</ul>").toString();
  }

  /** The entries in a language: kept, or built now (and kept unless a source failed). */
  private List<MenuEntry> entries(Locale locale) {
    return parts.get(new Key(locale), () -> build(locale), MenuSource.Entries::complete).entries();
  }

  /** What the kept entries depend on: the language. */
  record Key(Locale locale) {}

  /** The host's entry and the sources' entries, by position; incomplete when a source's was. */
  private MenuSource.Entries build(Locale locale) {
    List<MenuEntry> entries = new ArrayList<>();
    entries.add(
        new MenuEntry(
            "/doelen",
            ResourceBundle.getBundle(ErrorMessages.BUNDLE, locale).getString("site.menu.goals"),
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
    String uri = language.getRequestedUri();
    return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
  }

  /**
   * How an entry's link is current on a page: {@code page} on the entry's own page, {@code true} on
   * the pages below it (a case below the cases), else empty (not current).
   */
  static String current(String entryPath, String path) {
    if (path.equals(entryPath)) {
      return "page";
    }
    return path.startsWith(entryPath + "/") ? "true" : "";
  }
}
