package nl.techniekpact.cms.pagecache;

/**
 * Whether the page being rendered on this thread came out incomplete (a plugin call failed and a
 * placeholder was rendered instead), so it must not be cached. Pages are rendered on the request's
 * thread from start to end.
 */
final class IncompleteRender {

  private static final ThreadLocal<boolean[]> CURRENT = new ThreadLocal<>();

  private IncompleteRender() {}

  /** Starts watching the render on this thread. */
  static void begin() {
    CURRENT.set(new boolean[1]);
  }

  /** Marks the render on this thread, if one is watched, as incomplete. */
  static void mark() {
    boolean[] flag = CURRENT.get();
    if (flag != null) {
      flag[0] = true;
    }
  }

  /** Stops watching and tells whether the render was incomplete. */
  static boolean end() {
    boolean[] flag = CURRENT.get();
    CURRENT.remove();
    return flag != null && flag[0];
  }
}
