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
 */
public record SearchHit(
    SearchType type, String key, String title, String language, Snippet snippet, String link) {}
