package nl.techniekpact.model.catalogue;

import nl.techniekpact.model.shared.DomainException;

/**
 * A catalogue file that is not well-formed JSON (or cannot be read at all), with the line and
 * column where reading stopped.
 *
 * <pre>{@code
 * try {
 *   CatalogueJson.read(in);
 * } catch (CatalogueFormatException e) {
 *   e.getMessage(); // malformed JSON at line 3, column 14: Unexpected char 125 ...
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public class CatalogueFormatException extends DomainException {

  /** The line where reading stopped, or -1. */
  private final long line;

  /** The column where reading stopped, or -1. */
  private final long column;

  /**
   * Creates the exception.
   *
   * @param line the line, or -1 when unknown
   * @param column the column, or -1 when unknown
   * @param detail what the parser said
   * @param cause the parser's exception
   */
  public CatalogueFormatException(long line, long column, String detail, Throwable cause) {
    super(
        "json",
        line < 0 ? null : "line " + line + ", column " + column,
        (line < 0
                ? "malformed JSON: "
                : "malformed JSON at line " + line + ", column " + column + ": ")
            + detail);
    this.line = line;
    this.column = column;
    initCause(cause);
  }

  /**
   * The line where reading stopped.
   *
   * @return 1 or more, or -1 when unknown
   */
  public long getLine() {
    return line;
  }

  /**
   * The column where reading stopped.
   *
   * @return 1 or more, or -1 when unknown
   */
  public long getColumn() {
    return column;
  }
}
