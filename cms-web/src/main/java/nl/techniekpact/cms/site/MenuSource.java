package nl.techniekpact.cms.site;

import java.util.List;
import java.util.Locale;

/**
 * Entries that another part of the CMS adds to the site's main menu (the plugins' pages): a CDI
 * bean implementing this is asked whenever {@link SiteMenu} builds the menu for a language.
 */
public interface MenuSource {

  /**
   * The entries in a language.
   *
   * @param locale {@code nl} or {@code en}
   * @return the entries, and whether every one that should be there could be made
   */
  Entries entries(Locale locale);

  /**
   * What a source adds.
   *
   * @param entries the entries
   * @param complete {@code false} when one could not be made (a plugin failed): the menu is then
   *     shown but not kept, and built again for the next page
   */
  record Entries(List<MenuEntry> entries, boolean complete) {

    /** Copies the list. */
    public Entries {
      entries = List.copyOf(entries);
    }
  }

  /**
   * One entry of the menu.
   *
   * @param path the page's address below the context path, Dutch, such as {@code /regio}
   * @param label what the menu shows
   * @param position its place, lower first
   */
  record MenuEntry(String path, String label, int position) {}
}
