package nl.techniekpact.cms.search;

/**
 * One result.
 *
 * @param type the kind of content
 * @param key its slug, or for goals their number
 * @param title its title in the language shown
 * @param language the language shown: {@code en} where asked for and translated, else {@code nl}
 * @param snippet an extract of its text with the matches marked; empty when it has no text
 * @param link the address of its page (a path below the context path or an absolute URL), or null
 * @param pluginType for a plugin's item, its plugin content type ({@code <plugin>/<type>}); null
 *     for the host's own content
 * @param typeLabel for a plugin's item, the name of its type in the language asked for (as the
 *     plugin names it); null for the host's own content, whose names are the site's texts
 */
public record SearchHit(
    SearchType type,
    String key,
    String title,
    String language,
    Snippet snippet,
    String link,
    String pluginType,
    String typeLabel) {

  /** A hit of the host's own content. */
  public SearchHit(
      SearchType type, String key, String title, String language, Snippet snippet, String link) {
    this(type, key, title, language, snippet, link, null, null);
  }

  /** The item's own slug: its key, or for a plugin's item the key's last segment. */
  public String slug() {
    return pluginType == null ? key : key.substring(pluginType.length() + 1);
  }
}
