package nl.techniekpact.cms.backoffice.presence;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code POST /beheer/presence} with {@code item} and {@code id}: the signed-in editor left a page
 * view of an item's edit form ({@code resources/js/presence.js} sends it as a beacon when the page
 * goes). Only the caller's own entry of that very view is removed, so a forged request can do no
 * more than that (ADR 0046). Answers 204, or 400 without both fields.
 */
@WebServlet("/beheer/presence")
public class PresenceServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient EditingPresence presence;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String item = request.getParameter("item");
    String id = request.getParameter("id");
    String user = request.getRemoteUser();
    if (item == null || item.isBlank() || id == null || id.isBlank() || user == null) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "item and id are needed");
      return;
    }
    presence.left(item, user, id);
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
