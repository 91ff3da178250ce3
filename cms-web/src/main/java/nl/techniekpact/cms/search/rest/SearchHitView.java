package nl.techniekpact.cms.search.rest;

import nl.techniekpact.cms.search.SearchHit;
import nl.techniekpact.cms.search.SearchType;

/**
 * A search result as the API shows it.
 *
 * @param type the kind of content: {@code goal}, {@code region}, {@code ambassador}, {@code case},
 *     {@code organisation} or {@code plugin-item} (an item of a plugin's content type)
 * @param key the item's slug, or for goals its number
 * @param title the title in the language shown
 * @param lang the language of title and snippet: {@code en} where asked for and translated, else
 *     {@code nl}
 * @param snippet an extract of the item's text around the matched words, plain text; absent when
 *     the item has no text beyond its title
 * @param link the address of the item's public page (a path on this site, or for an organisation
 *     without a published region its own website); absent when there is none
 * @param api the address of the item in this API, such as {@code /api/v1/cases/make-it-move};
 *     absent for plugin items (their API is for editors)
 * @param contentType for a plugin item, its plugin content type, such as {@code
 *     example-internships/internship-place}; absent otherwise
 * @param typeLabel for a plugin item, the name of its type in the language asked for, as the plugin
 *     names it; absent otherwise
 */
public record SearchHitView(
    String type,
    String key,
    String title,
    String lang,
    String snippet,
    String link,
    String api,
    String contentType,
    String typeLabel) {

  /** The view of a hit; site links get the context path and, in English, {@code ?lang=en}. */
  static SearchHitView of(SearchHit hit, String contextPath, boolean english) {
    String link = hit.link();
    if (link != null && link.startsWith("/")) {
      link = contextPath + link + (english ? "?lang=en" : "");
    }
    return new SearchHitView(
        hit.type().code(),
        hit.slug(),
        hit.title(),
        hit.language(),
        hit.snippet().isEmpty() ? null : hit.snippet().text(),
        link,
        hit.type() == SearchType.PLUGIN_ITEM
            ? null
            : contextPath + "/api/v1/" + collection(hit.type()) + "/" + hit.key(),
        hit.pluginType(),
        hit.typeLabel());
  }

  private static String collection(SearchType type) {
    return switch (type) {
      case GOAL -> "goals";
      case REGION -> "regions";
      case AMBASSADOR -> "ambassadors";
      case CASE -> "cases";
      case ORGANISATION -> "organisations";
      case PLUGIN_ITEM -> throw new IllegalArgumentException("plugin items have no public API");
    };
  }
}
