package nl.techniekpact.cms.publishing;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one sanitizer of rich text (the HTML of bodies written in the editor), with the OWASP Java
 * HTML Sanitizer and an allow-list: paragraphs, line breaks, headings h2 to h4, emphasis, lists,
 * quotes, and links to {@code http}, {@code https} and {@code mailto} only ({@code rel="noopener
 * nofollow"} added). Everything else — scripts, styles, event handlers, {@code javascript:} URLs,
 * iframes, images — is removed; the text inside harmless unknown elements stays.
 *
 * <pre>{@code
 * RichText.sanitize("<p onclick=\"x()\">Hoi<script>alert(1)</script></p>"); // "<p>Hoi</p>"
 * }</pre>
 */
public final class RichText {

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "h2",
              "h3",
              "h4",
              "strong",
              "b",
              "em",
              "i",
              "u",
              "s",
              "sub",
              "sup",
              "ul",
              "ol",
              "li",
              "blockquote",
              "a")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href")
          .matching(Pattern.compile("(?i)^(https?:|mailto:|/|#)[^\\s]*$"))
          .onElements("a")
          .requireRelsOnLinks("nofollow", "noopener")
          .toFactory();

  private RichText() {}

  /**
   * The safe form of an HTML fragment.
   *
   * @param html the fragment, or {@code null}
   * @return the sanitized fragment, or {@code null} for {@code null}
   */
  public static String sanitize(String html) {
    return html == null ? null : POLICY.sanitize(html);
  }
}
