package nl.techniekpact.cms.security.authentication;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.cms.security.token.ApiTokens;
import nl.techniekpact.cms.security.twostep.TwoStepPolicy;
import nl.techniekpact.cms.web.BrowserRedirect;
import nl.techniekpact.cms.web.ErrorKind;
import nl.techniekpact.cms.web.SecurityHeadersFilter;

/**
 * The application's one authentication mechanism, asked by the server on every request.
 *
 * <ul>
 *   <li><b>API</b> ({@code /api/}): HTTP Basic or an API token ({@code Authorization: Bearer
 *       tpk_…}, see {@link ApiTokens}) on each request, no session. Wrong credentials give 401
 *       problem details with {@code WWW-Authenticate}, a lockout 429 with {@code Retry-After}; an
 *       unknown, revoked or malformed token, or a disabled account's, 401 {@code token-invalid};
 *       any other {@code Authorization} scheme 401; never a login page. Without credentials the
 *       request goes on anonymously, and an endpoint that needs a role answers 401 (see {@code
 *       RolesAllowedFilter}).
 *   <li><b>Back office</b>: the login page calls {@code SecurityContext.authenticate} with the
 *       form's credentials; on success the username is kept in the session (whose id is renewed)
 *       and the account's current roles are applied on each later request, so a disabled account is
 *       signed out at once. The session also keeps the account's session generation of its sign-in
 *       and ends once that has moved on (a new password, "sign out everywhere", ADR 0049). A
 *       protected page without a session redirects to {@value #LOGIN_PAGE} ({@code ?ended=true}
 *       when the session was ended), a JSF Ajax request with a partial response that says so.
 *   <li><b>Two steps</b> (ADR 0048): for an account with two-step sign-in, a right password only
 *       records the username and the time in the session (whose id is renewed), and the login page
 *       goes on to {@value #CODE_PAGE}, which sends a {@link OneTimeCodeCredential}. Within {@link
 *       #CODE_TIME} of the password a right code signs in as above. Over the API such an account's
 *       password is refused ({@code two-step-required}): it uses API tokens. An account whose role
 *       requires two-step sign-in but which has not set it up ({@link TwoStepPolicy#holds}) is
 *       refused both its password and its tokens.
 * </ul>
 */
@ApplicationScoped
@DeclareRoles({
  Roles.ADMINISTRATOR,
  Roles.NATIONAL_EDITOR,
  Roles.REGIONAL_EDITOR,
  Roles.PLUGIN_ADMIN
})
public class CmsAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** The back-office login page. */
  public static final String LOGIN_PAGE = "/login.xhtml";

  /** The second step of a two-step sign-in: the page that asks for the code. */
  public static final String CODE_PAGE = "/login-code.xhtml";

  /** How long after the password the code may come. */
  public static final Duration CODE_TIME = Duration.ofMinutes(5);

  /** Where a successful back-office login leads. */
  public static final String BACK_OFFICE_HOME = "/beheer/index.xhtml";

  /** The {@code WWW-Authenticate} challenge of the API. */
  public static final String BASIC_CHALLENGE =
      "Basic realm=\"Techniekpact CMS\", charset=\"UTF-8\"";

  /** The {@code WWW-Authenticate} challenge for API tokens. */
  public static final String BEARER_CHALLENGE = "Bearer realm=\"Techniekpact CMS\"";

  private static final String SIGNED_IN_WITH_TOKEN =
      CmsAuthenticationMechanism.class.getName() + ".token";

  static final String SESSION_USERNAME = CmsAuthenticationMechanism.class.getName() + ".username";

  /** The account's session generation at the sign-in (ADR 0049), an Integer. */
  static final String SESSION_GENERATION =
      CmsAuthenticationMechanism.class.getName() + ".generation";

  /** Request attribute: this request's session was ended (ADR 0049). */
  private static final String SESSION_ENDED = CmsAuthenticationMechanism.class.getName() + ".ended";

  /**
   * The password step of a two-step sign-in: {@code epoch second + " " + session generation + " " +
   * username}.
   */
  static final String SESSION_CODE_NEEDED =
      CmsAuthenticationMechanism.class.getName() + ".codeNeeded";

  private static final Logger LOG = Logger.getLogger(CmsAuthenticationMechanism.class.getName());

  @Inject private LoginService logins;
  @Inject private AccountIdentityStore accounts;
  @Inject private ApiTokens tokens;
  @Inject private TwoStepPolicy twoStepPolicy;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      return api(request, response, context);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential form) {
      return formLogin(request, context, form);
    }
    if (credential instanceof OneTimeCodeCredential code) {
      return codeLogin(request, context, code);
    }
    Optional<CredentialValidationResult> session = fromSession(request);
    if (session.isPresent()) {
      return context.notifyContainerAboutLogin(session.get());
    }
    if (context.isProtected()) {
      return toLoginPage(request, response, context);
    }
    return context.doNothing();
  }

  private static AuthenticationStatus toLoginPage(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String target =
        request.getContextPath()
            + LOGIN_PAGE
            + (Boolean.TRUE.equals(request.getAttribute(SESSION_ENDED)) ? "?ended=true" : "");
    SecurityHeadersFilter.setOnEarlyResponse(request, response);
    if (BrowserRedirect.isFacesAjax(request)) {
      try {
        BrowserRedirect.facesAjax(response, target);
      } catch (IOException e) {
        // the client went away; nothing left to tell it
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.redirect(target);
  }

  /**
   * Whether {@link #validateRequest} leaves a request anonymous whatever else it holds: a {@code
   * GET} or {@code HEAD} of an unprotected address without an {@code Authorization} header and
   * without a session id. Such a request has no credential (a programmatic sign-in makes the
   * request protected), no session to sign in from, and needs no login page; {@link
   * AnonymousShortcut} answers it without asking this mechanism (ADR 0031). Keep in step with
   * {@link #validateRequest}.
   *
   * @param request the request
   * @param mandatory whether the server treats the address as protected
   * @return whether the request stays anonymous
   */
  static boolean leavesAnonymous(HttpServletRequest request, boolean mandatory) {
    String method = request.getMethod();
    return !mandatory
        && ("GET".equals(method) || "HEAD".equals(method))
        && request.getHeader("Authorization") == null
        && request.getRequestedSessionId() == null;
  }

  private AuthenticationStatus api(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null) {
      return context.isProtected()
          ? refuse(request, response, ErrorKind.UNAUTHORIZED, null)
          : context.doNothing();
    }
    if (hasScheme(header, "Bearer")) {
      Optional<CredentialValidationResult> token = tokens.signIn(header.substring(6).strip());
      if (token.isEmpty()) {
        return refuse(request, response, ErrorKind.TOKEN_INVALID, null);
      }
      if (held(token.get())) {
        return refuse(request, response, ErrorKind.TWO_STEP_REQUIRED, null);
      }
      request.setAttribute(SIGNED_IN_WITH_TOKEN, Boolean.TRUE);
      return context.notifyContainerAboutLogin(token.get());
    }
    if (!hasScheme(header, "Basic")) {
      return refuse(request, response, ErrorKind.UNAUTHORIZED, null);
    }
    String[] basic = decodeBasic(header.substring(5).strip());
    LoginOutcome outcome =
        basic == null
            ? new LoginOutcome.MissingInput()
            : logins.attempt(basic[0], basic[1], request.getRemoteAddr());
    if (outcome instanceof LoginOutcome.Success success && !held(success.result())) {
      return context.notifyContainerAboutLogin(success.result());
    }
    if (outcome instanceof LoginOutcome.Locked locked) {
      return refuse(request, response, ErrorKind.LOGIN_LOCKED, locked);
    }
    if (outcome instanceof LoginOutcome.CodeNeeded || outcome instanceof LoginOutcome.Success) {
      // two-step sign-in is on, or the account's role requires it (not set up yet)
      return refuse(request, response, ErrorKind.TWO_STEP_REQUIRED, null);
    }
    return refuse(request, response, ErrorKind.LOGIN_FAILED, null);
  }

  /** Whether the caller's role requires two-step sign-in, which it has not set up (ADR 0048). */
  private boolean held(CredentialValidationResult caller) {
    return twoStepPolicy.holds(caller.getCallerPrincipal().getName(), caller.getCallerGroups());
  }

  /** Whether an Authorization header uses a scheme (case-insensitive), with or without a value. */
  static boolean hasScheme(String header, String scheme) {
    return header.regionMatches(true, 0, scheme, 0, scheme.length())
        && (header.length() == scheme.length() || header.charAt(scheme.length()) == ' ');
  }

  /** Whether the caller of this request signed in with an API token rather than a password. */
  public static boolean signedInWithToken(HttpServletRequest request) {
    return Boolean.TRUE.equals(request.getAttribute(SIGNED_IN_WITH_TOKEN));
  }

  private AuthenticationStatus refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      ErrorKind kind,
      LoginOutcome.Locked locked) {
    request.setAttribute(ErrorKind.ATTRIBUTE, kind);
    if (locked != null) {
      response.setHeader(
          "Retry-After", Long.toString(Math.max(1, locked.retryAfter().getSeconds())));
    } else if (kind == ErrorKind.TOKEN_INVALID) {
      response.setHeader("WWW-Authenticate", BEARER_CHALLENGE + ", error=\"invalid_token\"");
    } else if (kind == ErrorKind.TWO_STEP_REQUIRED) {
      response.setHeader("WWW-Authenticate", BEARER_CHALLENGE);
    } else {
      // one field for both challenges: over HTTP/2 only the last of several fields survived
      response.setHeader("WWW-Authenticate", BASIC_CHALLENGE + ", " + BEARER_CHALLENGE);
    }
    try {
      response.sendError(kind.status());
    } catch (IOException e) {
      // the client went away; nothing left to tell it
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private AuthenticationStatus formLogin(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential form) {
    // read before the password is checked: a change after this read (a new password, an end of
    // the account's sessions) ends the session this sign-in makes (ADR 0049)
    int generation = accounts.sessionGeneration(form.getCaller());
    LoginOutcome outcome =
        logins.attempt(form.getCaller(), form.getPasswordAsString(), request.getRemoteAddr());
    request.setAttribute(LoginOutcome.ATTRIBUTE, outcome);
    if (outcome instanceof LoginOutcome.Success success) {
      return signedIn(request, context, success, generation);
    }
    if (outcome instanceof LoginOutcome.CodeNeeded needed) {
      HttpSession session = renewedSession(request);
      session.removeAttribute(SESSION_USERNAME);
      session.setAttribute(
          SESSION_CODE_NEEDED,
          Instant.now().getEpochSecond() + " " + generation + " " + needed.username());
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private AuthenticationStatus codeLogin(
      HttpServletRequest request, HttpMessageContext context, OneTimeCodeCredential code) {
    Optional<PasswordStep> passed = passwordStep(request);
    LoginOutcome outcome =
        passed.isEmpty()
            ? new LoginOutcome.StartAgain()
            : logins.attemptCode(
                passed.get().username(),
                passed.get().generation(),
                code.code(),
                request.getRemoteAddr());
    request.setAttribute(LoginOutcome.ATTRIBUTE, outcome);
    if (outcome instanceof LoginOutcome.Success success) {
      return signedIn(request, context, success, passed.get().generation());
    }
    if (outcome instanceof LoginOutcome.Locked || outcome instanceof LoginOutcome.StartAgain) {
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.removeAttribute(SESSION_CODE_NEEDED);
      }
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /**
   * The username whose password this session's sign-in passed within {@link #CODE_TIME}, waiting
   * for its code.
   */
  public static Optional<String> codeNeededFor(HttpServletRequest request) {
    return passwordStep(request).map(PasswordStep::username);
  }

  /** A password step passed, waiting for its code: whose, and the session generation before it. */
  private record PasswordStep(String username, int generation) {}

  private static Optional<PasswordStep> passwordStep(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object pending;
    try {
      pending = session == null ? null : session.getAttribute(SESSION_CODE_NEEDED);
    } catch (IllegalStateException e) {
      return Optional.empty(); // ended meanwhile by a parallel request
    }
    if (!(pending instanceof String value)) {
      return Optional.empty();
    }
    String[] parts = value.split(" ", 3);
    if (parts.length < 3) {
      return Optional.empty();
    }
    Instant since;
    int generation;
    try {
      since = Instant.ofEpochSecond(Long.parseLong(parts[0]));
      generation = Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (since.plus(CODE_TIME).isBefore(Instant.now())) {
      session.removeAttribute(SESSION_CODE_NEEDED);
      return Optional.empty();
    }
    return Optional.of(new PasswordStep(parts[2], generation));
  }

  private AuthenticationStatus signedIn(
      HttpServletRequest request,
      HttpMessageContext context,
      LoginOutcome.Success success,
      int generation) {
    String username = success.result().getCallerPrincipal().getName();
    HttpSession session = renewedSession(request);
    session.removeAttribute(SESSION_CODE_NEEDED);
    session.setAttribute(SESSION_USERNAME, username);
    session.setAttribute(SESSION_GENERATION, generation);
    try {
      accounts.signedIn(username);
    } catch (RuntimeException e) {
      // a note for the account list; the sign-in itself has succeeded
      LOG.log(Level.WARNING, "Could not note the sign-in of " + username, e);
    }
    return context.notifyContainerAboutLogin(success.result());
  }

  /**
   * Keeps the request's session signed in at {@code generation} of its account's sessions, with a
   * new id: after the caller's own change that ended their other sessions (ADR 0049). When a
   * parallel request of the session ended it meanwhile, the caller signs in again.
   */
  static void keepSignedIn(HttpServletRequest request, int generation) {
    if (request.getSession(false) == null) {
      return;
    }
    try {
      request.changeSessionId();
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.setAttribute(SESSION_GENERATION, generation);
      }
    } catch (IllegalStateException e) {
      // ended meanwhile by a parallel request of the same session
    }
  }

  /** The session with a new id (against session fixation), or a new session. */
  private static HttpSession renewedSession(HttpServletRequest request) {
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    return request.getSession(true);
  }

  private Optional<CredentialValidationResult> fromSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Object username;
    Object generation;
    try {
      username = session.getAttribute(SESSION_USERNAME);
      generation = session.getAttribute(SESSION_GENERATION);
    } catch (IllegalStateException e) {
      return Optional.empty(); // ended meanwhile by a parallel request of the same session
    }
    if (!(username instanceof String name)) {
      return Optional.empty();
    }
    // a session from before generations were kept (an upgrade of a cluster) counts as the first
    Optional<CredentialValidationResult> current =
        accounts.stillSignedIn(name, generation instanceof Integer number ? number : 0);
    if (current.isEmpty()) {
      // the account was disabled or removed, or its sessions ended (ADR 0049): so does this one
      request.setAttribute(SESSION_ENDED, Boolean.TRUE);
      try {
        session.invalidate();
      } catch (IllegalStateException e) {
        // ended meanwhile by a parallel request of the same session
      }
    }
    return current;
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_USERNAME);
      session.removeAttribute(SESSION_GENERATION);
      session.removeAttribute(SESSION_CODE_NEEDED);
    }
  }

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/");
  }

  /** {@code [username, password]} of a Basic header's token, or null when it is malformed. */
  static String[] decodeBasic(String token) {
    try {
      String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0
          ? null
          : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
