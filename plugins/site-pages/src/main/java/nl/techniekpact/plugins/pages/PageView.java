package nl.techniekpact.plugins.pages;

/**
 * A published page as {@code /pagina/{slug}} shows it, read by its Facelet.
 *
 * @param slug its slug
 * @param title its title in the visitor's language
 * @param titleLanguage the title's language: {@code nl} also on the English site while it has no
 *     English title
 * @param summary its summary, or {@code null}
 * @param body its text, sanitized HTML
 * @param language the language of the title and text: {@code nl} also on the English site while the
 *     page has no English text
 * @param homeHref the home page's address in the visitor's language
 * @param updatedLabel "last changed" in the visitor's language
 * @param updated when it was last changed, as a date in the visitor's language
 * @param updatedIso the same as an ISO date, for {@code <time datetime>}
 */
public record PageView(
    String slug,
    String title,
    String titleLanguage,
    String summary,
    String body,
    String language,
    String homeHref,
    String updatedLabel,
    String updated,
    String updatedIso) {}
