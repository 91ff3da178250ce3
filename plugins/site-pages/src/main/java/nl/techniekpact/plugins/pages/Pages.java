package nl.techniekpact.plugins.pages;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.techniekpact.plugin.api.ContentItem;
import nl.techniekpact.plugin.api.ContentItems;
import nl.techniekpact.plugin.api.Html;

/** Reading the published pages: one for its page, the chosen ones for the footer. */
final class Pages {

  /** Where a page's path starts: {@code /pagina/{slug}}. */
  static final String PATH = "/pagina/";

  private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

  private Pages() {}

  /**
   * A link of the footer.
   *
   * @param path the page's path
   * @param title its title in the visitor's language (Dutch where it has no English one)
   * @param language the title's language: {@code nl} also on the English site while untranslated
   * @param place its place in the footer, {@link Long#MAX_VALUE} when it has none
   */
  record Link(String path, String title, String language, long place) {}

  /**
   * Footer links by their place (pages without one last), then by title as the visitor reads it.
   */
  private static final Comparator<Link> FOOTER_ORDER =
      Comparator.comparingLong(Link::place)
          .thenComparing(Link::title, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
          .thenComparing(Link::path);

  static Optional<PageView> view(ContentItems items, String slug, Locale locale) {
    return items.published(PageType.KEY, slug).map(page -> view(page, locale));
  }

  static PageView view(ContentItem page, Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    var updated = page.updatedAt().atZone(NETHERLANDS).toLocalDate();
    return new PageView(
        page.slug(),
        page.text(PageType.TITLE, locale),
        language(page, PageType.TITLE, locale),
        page.text(PageType.SUMMARY, locale),
        page.text(PageType.BODY, locale),
        language(page, PageType.BODY, locale),
        Html.href("/", locale),
        english ? "Last changed" : "Laatst gewijzigd",
        updated.format(
            DateTimeFormatter.ofPattern("d MMMM yyyy", english ? Locale.ENGLISH : locale)),
        updated.toString());
  }

  /** The language a text field is shown in: Dutch also on the English site when not translated. */
  private static String language(ContentItem page, String key, Locale locale) {
    boolean translated =
        page.values().get(key) instanceof ContentItem.Text text
            && text.en() != null
            && !text.en().isBlank();
    return "en".equals(locale.getLanguage()) && translated ? "en" : "nl";
  }

  static List<Link> footer(ContentItems items, Locale locale) {
    return items.published(PageType.KEY).stream()
        .filter(page -> page.flag(PageType.IN_FOOTER))
        .map(
            page ->
                new Link(
                    PATH + page.slug(),
                    page.text(PageType.TITLE, locale),
                    language(page, PageType.TITLE, locale),
                    page.number(PageType.FOOTER_POSITION).orElse(Long.MAX_VALUE)))
        .sorted(FOOTER_ORDER)
        .toList();
  }

  static List<String> paths(ContentItems items) {
    return items.published(PageType.KEY).stream().map(page -> PATH + page.slug()).toList();
  }
}
