package nl.techniekpact.cms.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.ws.rs.ServiceUnavailableException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The kinds of error the CMS answers, each with its status and problem type: the one place that
 * decides what an exception means for the client.
 */
public enum ErrorKind {
  BAD_REQUEST(400, null),
  VIEW_EXPIRED(400, "view-expired"),
  MALFORMED_MULTIPART(400, "malformed-multipart"),
  INVALID_PARAMETERS(400, "invalid-parameters"),
  UNAUTHORIZED(401, null),
  LOGIN_FAILED(401, "login-failed"),
  TOKEN_INVALID(401, "token-invalid"),
  /** The password of an account with two-step sign-in, sent to the API: use an API token. */
  TWO_STEP_REQUIRED(401, "two-step-required"),
  FORBIDDEN(403, null),
  NOT_FOUND(404, null),
  METHOD_NOT_ALLOWED(405, null),
  NOT_ACCEPTABLE(406, null),
  CONFLICT(409, null),
  MEDIA_DUPLICATE(409, "media-duplicate"),
  MEDIA_IN_USE(409, "media-in-use"),
  EDIT_CONFLICT(409, "edit-conflict"),
  CONTENT_IN_USE(409, "content-in-use"),
  PRECONDITION_FAILED(412, null),
  REQUEST_TOO_LARGE(413, "request-too-large"),
  IMAGE_TOO_LARGE(413, "image-too-large"),
  UNSUPPORTED_MEDIA_TYPE(415, null),
  IMAGE_UNSUPPORTED(415, "image-unsupported"),
  PLUGIN_REFUSED(422, "plugin-refused"),
  MEDIA_INVALID(422, "media-invalid"),
  INVALID_CONTENT(422, "invalid-content"),
  PRECONDITION_REQUIRED(428, null),
  TOO_MANY_REQUESTS(429, null),
  LOGIN_LOCKED(429, "login-locked"),
  SERVER_ERROR(500, null),
  SERVICE_UNAVAILABLE(503, null),
  /**
   * The database cannot be reached: a temporary outage, already logged once where the connection
   * failed ({@code ConfiguredDataSource}) and shown by {@code /health}, so requests that meet it
   * are not logged again one by one. Shown to clients as {@link #SERVICE_UNAVAILABLE}'s text.
   */
  DATABASE_UNAVAILABLE(503, null),
  /**
   * A resource's own answer that it cannot serve yet and when to ask again (a {@code
   * ServiceUnavailableException} it threw with a {@code Retry-After}, such as while the search
   * index is being built): expected, and whatever caused it is logged where it arose, so requests
   * that meet it are not logged one by one. Shown to clients as {@link #SERVICE_UNAVAILABLE}'s
   * text.
   */
  NOT_READY(503, null),
  PLUGIN_UNAVAILABLE(503, "plugin-unavailable");

  /**
   * The request attribute by which code that answers with {@code sendError} (the authentication
   * mechanism) names the kind of error for the error page; it wins over the status code.
   */
  public static final String ATTRIBUTE = ErrorKind.class.getName();

  /**
   * The request attribute by which a filter names what a 404 of this request means instead: while
   * the plugin host waits for the database, an address it does not know may be one of its plugins'
   * pages, which is then {@link #DATABASE_UNAVAILABLE}, not gone.
   */
  public static final String IF_NOT_FOUND = ErrorKind.class.getName() + ".ifNotFound";

  /** The {@code Retry-After} of a {@link #DATABASE_UNAVAILABLE} answer, in seconds. */
  public static final String RETRY_AFTER_SECONDS = "30";

  private final int status;
  private final String problemSlug;

  ErrorKind(int status, String problemSlug) {
    this.status = status;
    this.problemSlug = problemSlug;
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** The RFC 9457 {@code type} member. */
  public String problemType() {
    return ProblemDetails.typeUri(problemSlug);
  }

  /** The resource-bundle key stem of this kind's title and explanation. */
  public String messageKey() {
    ErrorKind shown = isExpectedUnavailability() ? SERVICE_UNAVAILABLE : this;
    return "error." + shown.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Whether a request that failed with this kind is logged with its stack trace: server errors,
   * except a database that cannot be reached and a resource that is not ready yet.
   */
  public boolean logged() {
    return status >= 500 && !isExpectedUnavailability();
  }

  /**
   * A temporary unavailability the CMS expects and reports where it arises: shown as {@link
   * #SERVICE_UNAVAILABLE}, not logged per request.
   */
  private boolean isExpectedUnavailability() {
    return this == DATABASE_UNAVAILABLE || this == NOT_READY;
  }

  /** The kind for a status code set by the container or the application. */
  public static ErrorKind forStatus(int status) {
    for (ErrorKind kind : values()) {
      if (kind.status == status && kind.problemSlug == null) {
        return kind;
      }
    }
    return status >= 500 ? SERVER_ERROR : BAD_REQUEST;
  }

  /**
   * What an exception means for the client: an expired or forged JSF view, an oversized or
   * malformed body, refused request parameters, an exception that names its own kind ({@link
   * ProblemWithDetail}), a database that cannot be reached (an {@link SQLException} of SQLSTATE
   * class 08, connection exception), a resource not ready yet ({@link
   * ServiceUnavailableException}), or else the status the container chose.
   */
  public static ErrorKind classify(Throwable error, int containerStatus) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (isConnectionException(cause)) {
        return DATABASE_UNAVAILABLE;
      }
      if (cause instanceof ViewExpiredException) {
        return VIEW_EXPIRED;
      }
      if (cause instanceof RequestTooLargeException) {
        return REQUEST_TOO_LARGE;
      }
      if (cause instanceof MalformedRequestException) {
        return MALFORMED_MULTIPART;
      }
      if (cause instanceof InvalidParametersException) {
        return INVALID_PARAMETERS;
      }
      if (cause instanceof ProblemWithDetail problem) {
        return problem.kind();
      }
      if (cause instanceof ServiceUnavailableException) {
        return NOT_READY;
      }
      if (cause == cause.getCause()) {
        break;
      }
    }
    return forStatus(containerStatus);
  }

  /**
   * Whether a failure comes from a database that cannot be reached: a connection exception (an
   * {@link SQLException} of SQLSTATE class 08, or a shutdown or start-up 57P01–57P03) anywhere
   * among its causes, also below an exception that names its own kind. Work that fails so is tried
   * again once the database answers; the outage itself is logged once, where the connection failed.
   */
  public static boolean isDatabaseUnavailable(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (isConnectionException(cause)) {
        return true;
      }
      if (cause == cause.getCause()) {
        break;
      }
    }
    return false;
  }

  /**
   * A connection exception (SQLSTATE class 08), or PostgreSQL's answer while it shuts down, crashed
   * or starts up (57P01, 57P02, 57P03): what a restarting database tells its clients.
   */
  private static boolean isConnectionException(Throwable error) {
    if (!(error instanceof SQLException sql) || sql.getSQLState() == null) {
      return false;
    }
    String state = sql.getSQLState();
    return state.startsWith("08")
        || state.equals("57P01")
        || state.equals("57P02")
        || state.equals("57P03");
  }
}
