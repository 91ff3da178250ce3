package nl.techniekpact.cms.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.techniekpact.cms.publishing.EditConflictException;
import nl.techniekpact.cms.publishing.Transactions;

/**
 * Conditional writes of the API, in one place: an item's ETag is its optimistic version ({@code
 * "v7"}); a change must name the version it was made on in {@code If-Match}. Missing (or {@code *})
 * → 428 Precondition Required; not the current version → 412 Precondition Failed with the current
 * ETag, so nothing is ever overwritten unseen.
 *
 * <pre>{@code
 * long version = Preconditions.requiredVersion(headers);
 * ContentDocument<CaseStudyInput> saved = Preconditions.guard(() -> cases.update(editor, slug, version, input));
 * return Response.ok(view).tag(Preconditions.tag(saved.version())).build();
 * }</pre>
 */
public final class Preconditions {

  private static final Pattern VERSION_TAG = Pattern.compile("^(?:W/)?\"v(\\d{1,18})\"$");

  private Preconditions() {}

  /** The request attribute by which a resource that answers with a view names its ETag. */
  static final String TAG_ATTRIBUTE = Preconditions.class.getName() + ".tag";

  /**
   * Tags the answer of a resource method that returns a view (rather than a {@code Response}) with
   * an item's version; {@link ConditionalGetFilter} uses it instead of a hash of the body.
   */
  public static void tagAnswer(jakarta.servlet.http.HttpServletRequest request, long version) {
    request.setAttribute(TAG_ATTRIBUTE, tag(version));
  }

  /** The ETag of an item at a version. */
  public static EntityTag tag(long version) {
    return new EntityTag("v" + version);
  }

  /**
   * The version a change names in {@code If-Match}.
   *
   * @return the version, or -1 when the tag is not one of ours (the change then fails with 412)
   * @throws WebApplicationException 428 when {@code If-Match} is missing or {@code *}
   */
  public static long requiredVersion(HttpHeaders headers) {
    String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      throw new WebApplicationException(
          "If-Match with the item's ETag is required", Response.status(428).build());
    }
    Matcher matcher = VERSION_TAG.matcher(ifMatch.strip());
    return matcher.matches() ? Long.parseLong(matcher.group(1)) : -1;
  }

  /**
   * Runs a change; a conflict (the named version is not current) becomes 412 with the current ETag.
   */
  public static <T> T guard(Supplier<T> change) {
    try {
      return change.get();
    } catch (RuntimeException thrown) {
      if (!(Transactions.unwrapped(thrown) instanceof EditConflictException stale)) {
        throw thrown;
      }
      Response.ResponseBuilder response = Response.status(Response.Status.PRECONDITION_FAILED);
      if (stale.currentVersion() >= 0) {
        response.tag(tag(stale.currentVersion()));
      }
      // not the conflict as cause: that would classify the problem as 409
      throw new WebApplicationException(stale.getMessage(), response.build());
    }
  }
}
