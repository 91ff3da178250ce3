package nl.techniekpact.plugin.api;

import java.util.Locale;

/**
 * Helpers for the HTML a {@link PageFragment} writes: escaping text and links that keep the page's
 * language.
 *
 * <pre>{@code
 * "<a href=\"" + Html.escape(Html.href("/cases/" + slug, request.locale())) + "\">"
 *     + Html.escape(title) + "</a>"
 * }</pre>
 *
 * @since 0.2.0
 */
public final class Html {

  private Html() {}

  /**
   * Text for HTML content or a quoted attribute value.
   *
   * @param text the text; {@code null} gives the empty string
   * @return the text with {@code < > & " '} escaped
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * An address of the site in a page's language: {@code ?lang=en} (or {@code &lang=en}) added when
   * the page is English, as the site's language switch expects.
   *
   * @param path the address below the site's root, such as {@code /cases?goal=9}
   * @param locale the page's language
   * @return the address to link to
   */
  public static String href(String path, Locale locale) {
    if (!"en".equals(locale.getLanguage())) {
      return path;
    }
    return path + (path.contains("?") ? "&" : "?") + "lang=en";
  }
}
