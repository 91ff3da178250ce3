package nl.techniekpact.cms.backoffice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The session timeout as the back office shows it: the idle warning appears {@value
 * #WARNING_SECONDS} seconds before the session would end, and "stay signed in" (a POST) renews it
 * (WCAG 2.2.1, timing adjustable).
 */
@Named
@RequestScoped
public class BackOfficeSession {

  /** How long before the end of the session the warning appears. */
  static final int WARNING_SECONDS = 120;

  @Inject private HttpServletRequest request;

  /** Milliseconds of inactivity after which the warning appears. */
  public long getWarnAfterMillis() {
    HttpSession session = request.getSession(false);
    int timeout = session == null ? 1800 : session.getMaxInactiveInterval();
    return Math.max(60, timeout - WARNING_SECONDS) * 1000L;
  }

  /** Minutes of inactivity after which the session ends. */
  public int getTimeoutMinutes() {
    HttpSession session = request.getSession(false);
    return (session == null ? 1800 : session.getMaxInactiveInterval()) / 60;
  }

  /** Renews the session: the request itself does it; nothing else changes. */
  public void keepAlive() {
    // the POST reaching the server is what renews the session
  }
}
