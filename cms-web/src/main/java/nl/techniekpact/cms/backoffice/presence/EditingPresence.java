package nl.techniekpact.cms.backoffice.presence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import nl.techniekpact.cms.backoffice.presence.PresenceBook.Opened;
import nl.techniekpact.cms.cluster.ClusterGrid;
import nl.techniekpact.cms.security.web.SignedInEditor;

/**
 * Tells an editor who else has the same item's edit form open ({@code
 * WEB-INF/includes/edit-presence.xhtml}, ADR 0046), on every node of a cluster: the entries live in
 * a map of the data grid when there is one, otherwise in this node's memory. An entry is made when
 * a page shows the form, removed when the editor leaves the page ({@link PresenceServlet}) or the
 * session ends ({@link PresenceSessions}), and forgotten after the session timeout without a
 * renewal.
 */
@Named
@ApplicationScoped
public class EditingPresence {

  /** The data grid map of the entries. */
  static final String MAP = "techniekpact-cms.editing-presence";

  /**
   * The session attribute naming the session's entries. Not the session's id: signing out changes
   * that before the session ends.
   */
  static final String SESSION_TOKEN = EditingPresence.class.getName() + ".session";

  /** How long an entry stays without being renewed: the back office's session timeout. */
  static final Duration KEPT = Duration.ofMinutes(30);

  @Inject private ClusterGrid grid;
  @Inject private SignedInEditor signedIn;

  private PresenceBook book;

  @PostConstruct
  void open() {
    ConcurrentMap<String, String> entries =
        grid.<String, String>map(MAP)
            .<ConcurrentMap<String, String>>map(map -> map)
            .orElseGet(ConcurrentHashMap::new);
    book = new PresenceBook(entries, Clock.systemUTC(), KEPT);
  }

  /**
   * Records that the signed-in editor is shown the form with this draft key ({@code Drafts.key}:
   * who, which form, which item) and tells who else has it open; once per request and form. A new
   * item's form records nothing.
   */
  public Opened on(String draftKey) {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    String asked = "presence:" + draftKey;
    if (context.getRequestMap().get(asked) instanceof Opened known) {
      return known;
    }
    String user = context.getRemoteUser();
    Opened opened = Opened.NONE;
    if (user != null && draftKey.startsWith(user + "/") && !draftKey.endsWith("/new")) {
      String name = signedIn.getDisplayName();
      opened =
          book.opened(
              draftKey.substring(user.length() + 1),
              user,
              name.isBlank() ? user : name,
              sessionToken(context));
    }
    context.getRequestMap().put(asked, opened);
    return opened;
  }

  private static String sessionToken(ExternalContext context) {
    return (String)
        context
            .getSessionMap()
            .computeIfAbsent(SESSION_TOKEN, absent -> UUID.randomUUID().toString());
  }

  /** The editor left the page view {@code id} of the item's form. */
  void left(String item, String user, String id) {
    book.left(item, user, id);
  }

  /** The session with this {@link #SESSION_TOKEN} ended: its editor has no form open any more. */
  void sessionEnded(String session) {
    book.sessionEnded(session);
  }
}
