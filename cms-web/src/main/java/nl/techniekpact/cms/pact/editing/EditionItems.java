package nl.techniekpact.cms.pact.editing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.techniekpact.model.shared.Slug;

/**
 * How goals and themes, numbered within their pact edition, are named where the editing rules need
 * one name per item (revisions, the audit log, {@code ContentChanged}): {@code techniekpact/4}.
 */
final class EditionItems {

  private static final Pattern NAME = Pattern.compile("(" + Slug.PATTERN + ")/([1-9][0-9]{0,8})");

  private EditionItems() {}

  /** The name of item {@code number} of an edition. */
  static String name(String pact, int number) {
    return pact + "/" + number;
  }

  /** An edition's slug and a number, from a name. */
  record Ref(Slug pact, int number) {}

  /** The parts of a name, if it is one. */
  static Optional<Ref> parse(String name) {
    if (name == null || name.length() > Slug.MAX_LENGTH + 10) {
      return Optional.empty();
    }
    Matcher matcher = NAME.matcher(name);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new Ref(Slug.of(matcher.group(1)), Integer.parseInt(matcher.group(matcher.groupCount()))));
  }
}
