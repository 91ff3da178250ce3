package nl.techniekpact.cms.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A short extract of a result's text, in parts, the matched words marked, so a page can render the
 * marks as {@code <mark>} without trusting any markup and the API can give plain text.
 *
 * @param parts the parts in order
 */
public record Snippet(List<Part> parts) {

  /** Marks the start of a matched word in the highlighter's output. */
  static final char START = '\u0001';

  /** Marks the end of a matched word in the highlighter's output. */
  static final char END = '\u0002';

  /** No snippet. */
  public static final Snippet NONE = new Snippet(List.of());

  public Snippet {
    parts = List.copyOf(parts);
  }

  /**
   * One part of a snippet.
   *
   * @param text the text
   * @param match whether it is a matched word
   */
  public record Part(String text, boolean match) {}

  /** The snippet as plain text. */
  public String text() {
    return parts.stream().map(Part::text).collect(Collectors.joining());
  }

  /** Whether there is no text. */
  public boolean isEmpty() {
    return parts.isEmpty();
  }

  /** Reads the highlighter's output, where {@link #START} and {@link #END} enclose matches. */
  static Snippet parse(String marked) {
    if (marked == null || marked.isBlank()) {
      return NONE;
    }
    List<Part> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inMatch = false;
    for (char c : marked.strip().toCharArray()) {
      if (c == START || c == END) {
        if (current.length() > 0) {
          parts.add(new Part(current.toString(), inMatch));
          current.setLength(0);
        }
        inMatch = c == START;
      } else {
        current.append(c == '\n' ? ' ' : c);
      }
    }
    if (current.length() > 0) {
      parts.add(new Part(current.toString(), inMatch));
    }
    return new Snippet(parts);
  }
}
