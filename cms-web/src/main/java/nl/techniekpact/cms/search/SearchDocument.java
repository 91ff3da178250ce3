package nl.techniekpact.cms.search;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One item as the index holds it: its title and text in Dutch and (where translated) English, the
 * link a result points to, and from when the public may see it.
 *
 * <pre>{@code
 * SearchDocument doc = new SearchDocument(SearchType.CASE, "make-it-move",
 *     "Make it move", null, "Leerlingen bouwen ...", null, "/cases/make-it-move", null);
 * }</pre>
 *
 * @param type the kind of content
 * @param key its slug, or for goals their number
 * @param titleNl the Dutch title
 * @param titleEn the English title, or null
 * @param textNl the rest of the Dutch text (summary, body, ...), plain text, may be empty
 * @param textEn the rest of the English text, or null when not translated
 * @param link the address of its page: a path below the context path, an absolute URL, or null
 * @param visibleFrom when a scheduled item becomes visible; null when it is published
 * @param visibleUntil when its publication ends; null when it does not
 * @param stamp the version of the database row it was read from, for bringing a kept index up to
 *     date at start; null for types that are read again as a whole
 * @param pluginType for a plugin's item ({@link SearchType#PLUGIN_ITEM}) its plugin, content type
 *     and the type's name; null for the host's own content
 */
public record SearchDocument(
    SearchType type,
    String key,
    String titleNl,
    String titleEn,
    String textNl,
    String textEn,
    String link,
    Instant visibleFrom,
    Instant visibleUntil,
    Stamp stamp,
    PluginType pluginType) {

  /**
   * What tells two readings of a database row apart: its optimistic version and its last update.
   *
   * @param version the row's {@code version}
   * @param updated its {@code updated_at} in epoch milliseconds
   */
  public record Stamp(long version, long updated) {}

  /**
   * The plugin content type an item belongs to, with the name results show for it.
   *
   * @param pluginId the plugin's id
   * @param typeKey the content type's key within the plugin
   * @param labelNl the type's Dutch name
   * @param labelEn the type's English name (the Dutch one when the plugin gives none)
   */
  public record PluginType(String pluginId, String typeKey, String labelNl, String labelEn) {

    /** Checks the parts. */
    public PluginType {
      Objects.requireNonNull(pluginId, "pluginId");
      Objects.requireNonNull(typeKey, "typeKey");
      Objects.requireNonNull(labelNl, "labelNl");
      labelEn = Objects.requireNonNullElse(labelEn, labelNl);
    }

    /** The content type as {@code ContentChanged} names it: {@code <plugin>/<type>}. */
    public String contentType() {
      return pluginId + "/" + typeKey;
    }

    /** The key of an item of this type in the index: {@code <plugin>/<type>/<slug>}. */
    public String key(String slug) {
      return contentType() + "/" + slug;
    }
  }

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]+");

  /** Checks and cleans the parts: markup and control characters removed, blanks made null. */
  public SearchDocument {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    titleNl = Objects.requireNonNullElse(plain(titleNl), key);
    titleEn = plain(titleEn);
    textNl = Objects.requireNonNullElse(plain(textNl), "");
    textEn = plain(textEn);
    if ((type == SearchType.PLUGIN_ITEM) != (pluginType != null)) {
      throw new IllegalArgumentException("a plugin type belongs to plugin items only: " + key);
    }
  }

  /** An item of the host's own content. */
  public SearchDocument(
      SearchType type,
      String key,
      String titleNl,
      String titleEn,
      String textNl,
      String textEn,
      String link,
      Instant visibleFrom,
      Instant visibleUntil,
      Stamp stamp) {
    this(type, key, titleNl, titleEn, textNl, textEn, link, visibleFrom, visibleUntil, stamp, null);
  }

  /** An item without an end of publication and without a stamp. */
  public SearchDocument(
      SearchType type,
      String key,
      String titleNl,
      String titleEn,
      String textNl,
      String textEn,
      String link,
      Instant visibleFrom) {
    this(type, key, titleNl, titleEn, textNl, textEn, link, visibleFrom, null, null, null);
  }

  /** The document's unique id in the index, such as {@code case:make-it-move}. */
  public String id() {
    return id(type, key);
  }

  /** The id of an item. */
  public static String id(SearchType type, String key) {
    return type.code() + ":" + key;
  }

  /** Whether any English is there. */
  public boolean hasEnglish() {
    return titleEn != null || textEn != null;
  }

  /** The non-blank parts joined as paragraphs; null when all are blank. */
  public static String paragraphs(String... parts) {
    String joined =
        Stream.of(parts)
            .filter(p -> p != null && !p.isBlank())
            .map(String::strip)
            .collect(Collectors.joining("\n"));
    return joined.isEmpty() ? null : joined;
  }

  /**
   * Text without markup (editors' rich text may carry tags), entities and control characters, or
   * null when nothing is left.
   */
  static String plain(String text) {
    if (text == null) {
      return null;
    }
    String plain = TAG.matcher(text).replaceAll(" ");
    plain =
        plain
            .replace("&nbsp;", " ")
            .replace("&#160;", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
    plain = CONTROL.matcher(plain).replaceAll(" ");
    plain = SPACES.matcher(plain).replaceAll(" ").strip();
    return plain.isEmpty() ? null : plain;
  }
}
