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
  TEXT,
  /** Formatted text (sanitized HTML), Dutch and optionally English. */
  RICH_TEXT,
  /** A whole number. */
  NUMBER,
  /** A calendar date. */
  DATE,
  /** Yes or no. */
  BOOLEAN,
  /** An absolute http(s) link. */
  URL,
  /** A reference to a landsdeel, stored as its slug. */
  REGION,
  /** A reference to a goal of the current pact, stored as its number. */
  GOAL
}
