package nl.techniekpact.cms.backoffice.presence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentMap;

/**
 * Which editors have which item's edit form open: one entry per item and editor, in a map that is
 * this node's own or the cluster's (ADR 0046). An entry names the page view that made it (so that
 * leaving an older view of the same form removes nothing), the session (removed when it ends), when
 * the editor opened the item and when the entry was last renewed; entries not renewed within {@code
 * kept} are gone. Values are plain strings, so that any node can read them.
 */
public final class PresenceBook {

  private static final char SEPARATOR = '\t';

  private final ConcurrentMap<String, String> entries;
  private final Clock clock;
  private final Duration kept;

  /**
   * @param entries where the entries live (a map of the data grid, or this node's)
   * @param clock the time of opening and renewing
   * @param kept how long an entry stays without being renewed
   */
  public PresenceBook(ConcurrentMap<String, String> entries, Clock clock, Duration kept) {
    this.entries = entries;
    this.clock = clock;
    this.kept = kept;
  }

  /** Another editor with the item's form open, and since when. */
  public record Editor(String name, Instant since) {}

  /**
   * An editor's view of an item's form: its entry's id (for {@link #left}), and the other editors
   * who have the form open, earliest first.
   */
  public record Opened(String item, String id, List<Editor> others) {

    /** Nothing recorded (a form of a new item). */
    public static final Opened NONE = new Opened("", "", List.of());
  }

  /**
   * Records that {@code user} shows the item's form in a new page view, keeping when they first
   * opened it, and tells who else has it open.
   *
   * @param item the form and the item, such as {@code case/zonnepanelen}
   * @param user the username
   * @param name the name other editors see
   * @param session the session the view belongs to
   */
  public Opened opened(String item, String user, String name, String session) {
    Instant now = clock.instant();
    String key = key(item, user);
    Entry before = Entry.parse(entries.get(key));
    Instant since = before == null || expired(before, now) ? now : before.since();
    String id = UUID.randomUUID().toString();
    entries.put(key, new Entry(id, session, since, now, name).encode());
    // one pass over the entries (a data grid map's entry set is fetched whole): the item's other
    // editors are collected, expired and unreadable entries of any item are dropped
    List<Editor> others = new ArrayList<>();
    String prefix = item + "\n";
    for (Map.Entry<String, String> other : entries.entrySet()) {
      String value = other.getValue();
      Entry entry = Entry.parse(value);
      if (entry == null || expired(entry, now)) {
        entries.remove(other.getKey(), value);
      } else if (other.getKey().startsWith(prefix) && !other.getKey().equals(key)) {
        others.add(new Editor(entry.name(), entry.since()));
      }
    }
    others.sort(Comparator.comparing(Editor::since).thenComparing(Editor::name));
    return new Opened(item, id, List.copyOf(others));
  }

  /** The editor left the page view {@code id} of the item's form; a later view stays. */
  public void left(String item, String user, String id) {
    String key = key(item, user);
    String value = entries.get(key);
    Entry entry = Entry.parse(value);
    if (entry != null && entry.id().equals(id)) {
      entries.remove(key, value);
    }
  }

  /**
   * The session ended (signed out, timed out): its editor has no form open any more. Each entry is
   * removed through the map and only if unchanged meanwhile (a data grid map's entry set is a copy,
   * not a view).
   */
  public void sessionEnded(String session) {
    for (Map.Entry<String, String> e : entries.entrySet()) {
      String value = e.getValue();
      Entry entry = Entry.parse(value);
      if (entry != null && entry.session().equals(session)) {
        entries.remove(e.getKey(), value);
      }
    }
  }

  private boolean expired(Entry entry, Instant now) {
    return entry.seen().plus(kept).isBefore(now);
  }

  private static String key(String item, String user) {
    return item + "\n" + user;
  }

  private record Entry(String id, String session, Instant since, Instant seen, String name) {

    String encode() {
      return String.join(
          String.valueOf(SEPARATOR),
          id,
          session,
          Long.toString(since.toEpochMilli()),
          Long.toString(seen.toEpochMilli()),
          name.replace(SEPARATOR, ' ').replace('\n', ' '));
    }

    /** The entry a value encodes, or {@code null} for none or one this version cannot read. */
    static Entry parse(String value) {
      if (value == null) {
        return null;
      }
      String[] parts = value.split(String.valueOf(SEPARATOR), 5);
      if (parts.length != 5) {
        return null;
      }
      try {
        return new Entry(
            parts[0],
            parts[1],
            Instant.ofEpochMilli(Long.parseLong(parts[2])),
            Instant.ofEpochMilli(Long.parseLong(parts[3])),
            parts[4]);
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }
}
