package nl.techniekpact.plugin.api;

/**
 * The kinds of value a {@link FieldDefinition} holds; the host stores and edits each kind.
 *
 * <pre>{@code
 * FieldDefinition.required("starts-on", "Begindatum", FieldType.DATE);
 * }</pre>
 *
 * @since 0.1.0
 */
public enum FieldType {
  /** A line of plain text, Dutch and optionally English. */
  TEXT(500),
  /** Formatted text (sanitized HTML), Dutch and optionally English. */
  RICH_TEXT(50_000),
  /** A whole number. */
  NUMBER(0),
  /** A calendar date. */
  DATE(0),
  /** Yes or no. */
  BOOLEAN(0),
  /** An absolute http(s) link. */
  URL(2_000),
  /** A reference to a landsdeel, stored as its slug. */
  REGION(0),
  /** A reference to a goal of the current pact, stored as its number. */
  GOAL(0);

  private final int defaultMaxLength;

  FieldType(int defaultMaxLength) {
    this.defaultMaxLength = defaultMaxLength;
  }

  /**
   * The longest text (per language) the host accepts when a field sets no maximum; 0 for kinds that
   * are not text.
   *
   * @return the length in characters
   * @since 0.3.0
   */
  public int defaultMaxLength() {
    return defaultMaxLength;
  }
}
