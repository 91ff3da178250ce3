package nl.techniekpact.cms.plugin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.techniekpact.cms.plugin.host.ActivePlugin;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import nl.techniekpact.cms.site.MenuSource;
import nl.techniekpact.plugin.api.PublicPage;

/**
 * The running plugins' pages in the site's main menu: each page whose {@link
 * PublicPage#menuLabel(Locale)} gives a label, asked through the invoker (a failing plugin adds no
 * entry and the menu is not kept), linked to its first clean address without a named segment, else
 * to {@code /p/{plugin}/{page}}.
 */
@ApplicationScoped
public class PluginMenu implements MenuSource {

  /** Labels longer than this many characters are cut: the menu is one line on a wide screen. */
  static final int MAX_LABEL = 40;

  @Inject private PluginPlatform platform;

  @Override
  public Entries entries(Locale locale) {
    List<MenuEntry> entries = new ArrayList<>();
    boolean complete = true;
    for (ActivePlugin plugin : platform.registry().all()) {
      for (PublicPage page : plugin.pages()) {
        Optional<Optional<MenuEntry>> asked =
            platform
                .invoker()
                .call(
                    plugin,
                    "menu " + page.id(),
                    () -> entry(plugin, page, page.menuLabel(locale), page.menuPosition()));
        asked.ifPresent(entry -> entry.ifPresent(entries::add));
        complete &= asked.isPresent();
      }
    }
    return new Entries(entries, complete);
  }

  private static Optional<MenuEntry> entry(
      ActivePlugin plugin, PublicPage page, String label, int position) {
    if (label == null || label.isBlank()) {
      return Optional.empty();
    }
    String text = label.strip();
    if (text.codePointCount(0, text.length()) > MAX_LABEL) {
      text = text.substring(0, text.offsetByCodePoints(0, MAX_LABEL)).strip();
    }
    return Optional.of(new MenuEntry(path(plugin, page.id()), text, position));
  }

  /** The first clean address of the page without a named segment, else its plugin address. */
  static String path(ActivePlugin plugin, String pageId) {
    return plugin.routes().stream()
        .filter(route -> route.pageId().equals(pageId) && !route.pattern().contains("{"))
        .map(ActivePlugin.PageRoute::pattern)
        .findFirst()
        .orElse("/p/" + plugin.id() + "/" + pageId);
  }
}
