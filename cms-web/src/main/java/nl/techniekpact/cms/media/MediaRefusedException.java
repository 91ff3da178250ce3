package nl.techniekpact.cms.media;

import java.util.Map;
import nl.techniekpact.cms.web.ErrorKind;
import nl.techniekpact.cms.web.ProblemWithDetail;

/**
 * A media operation the library refused, with a message for the editor that says what to change.
 * Nothing was stored or removed.
 */
public class MediaRefusedException extends RuntimeException implements ProblemWithDetail {

  private static final long serialVersionUID = 1L;

  /** Why an operation was refused; each reason has its problem kind and its message key. */
  public enum Reason {
    TOO_LARGE(ErrorKind.IMAGE_TOO_LARGE),
    TOO_MANY_PIXELS(ErrorKind.IMAGE_TOO_LARGE),
    NOT_AN_IMAGE(ErrorKind.IMAGE_UNSUPPORTED),
    UNREADABLE(ErrorKind.IMAGE_UNSUPPORTED),
    NO_FILE(ErrorKind.MEDIA_INVALID),
    ALT_TEXT_MISSING(ErrorKind.MEDIA_INVALID),
    ALT_TEXT_TOO_LONG(ErrorKind.MEDIA_INVALID),
    ALT_TEXT_IS_FILE_NAME(ErrorKind.MEDIA_INVALID),
    DUPLICATE(ErrorKind.MEDIA_DUPLICATE),
    IN_USE(ErrorKind.MEDIA_IN_USE),
    NOT_FOUND(ErrorKind.NOT_FOUND),
    STALE(ErrorKind.PRECONDITION_FAILED),
    FORBIDDEN(ErrorKind.FORBIDDEN),
    BUSY(ErrorKind.SERVICE_UNAVAILABLE);

    private final ErrorKind kind;

    Reason(ErrorKind kind) {
      this.kind = kind;
    }

    /**
     * The key of this reason's message in the {@code messages} bundles ({@code media.refused.*}).
     */
    public String messageKey() {
      return "media.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  private final Reason reason;
  private final transient Map<String, Object> extensions;

  /** A refusal for a reason, with the editor's message. */
  public MediaRefusedException(Reason reason, String message) {
    this(reason, message, Map.of());
  }

  /** A refusal with extra problem members, such as the existing image of a duplicate. */
  public MediaRefusedException(Reason reason, String message, Map<String, Object> extensions) {
    super(message);
    this.reason = reason;
    this.extensions = Map.copyOf(extensions);
  }

  /** Why. */
  public Reason reason() {
    return reason;
  }

  @Override
  public ErrorKind kind() {
    return reason.kind;
  }

  @Override
  public String detail() {
    return getMessage();
  }

  @Override
  public Map<String, Object> extensions() {
    return extensions == null ? Map.of() : extensions;
  }
}
