package nl.techniekpact.cms.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of content search finds, each with its code in the API and its public address. Items of
 * plugins' content types (ADR 0017) are one kind, {@link #PLUGIN_ITEM}; each such document names
 * its plugin type and carries its own link (ADR 0036).
 */
public enum SearchType {
  GOAL("goal", "/doelen/"),
  REGION("region", "/regio/"),
  AMBASSADOR("ambassador", "/ambassadeurs/"),
  CASE("case", "/cases/"),
  ORGANISATION("organisation", null),
  /**
   * An item of a running plugin's content type; its key is {@code <plugin>/<type>/<slug>} and its
   * link the plugin's page for it.
   */
  PLUGIN_ITEM("plugin-item", null);

  private final String code;
  private final String pathPrefix;

  SearchType(String code, String pathPrefix) {
    this.code = code;
    this.pathPrefix = pathPrefix;
  }

  /** The code in the API and the index, such as {@code case}. */
  public String code() {
    return code;
  }

  /**
   * The site address of an item of this type, such as {@code /cases/make-it-move}; organisations
   * have no page of their own.
   */
  public Optional<String> path(String key) {
    return Optional.ofNullable(pathPrefix).map(prefix -> prefix + key);
  }

  /**
   * Whether a key of a change names one item of this type: a goal number for goals (a pact's slug
   * names all its goals), a slug otherwise.
   */
  public boolean matchesKey(String key) {
    return switch (this) {
      case GOAL -> key.matches("[1-9][0-9]{0,8}");
      case PLUGIN_ITEM -> key.split("/", -1).length == 3 && !key.contains("//");
      default -> !key.isBlank();
    };
  }

  /** The type of a code, ignoring case. */
  public static Optional<SearchType> of(String code) {
    String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.code.equals(wanted)).findFirst();
  }
}
