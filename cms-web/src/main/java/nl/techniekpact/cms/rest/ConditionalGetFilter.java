package nl.techniekpact.cms.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Conditional GET for every successful read of the API, in this one place: the representation is
 * serialised here once, its SHA-256 becomes a strong {@code ETag} (unless the resource tagged it
 * itself, as editable items are tagged with their version), and a request whose {@code
 * If-None-Match} names that tag gets {@code 304 Not Modified} with no body. Anonymous reads are
 * marked {@value #PUBLIC}; reads of a signed-in caller {@value #PRIVATE}, so shared caches never
 * keep one client's answer for another.
 *
 * <p>Hashing the bytes rather than versions keeps the tag right whatever a view is built from
 * (several entities, a scheduled item becoming visible) at the price of rendering the body even
 * when the answer is 304. Errors (problem details) get neither tag nor caching.
 */
@Provider
public class ConditionalGetFilter implements ContainerResponseFilter {

  /** The caching of anonymous reads: a minute in any cache. */
  static final String PUBLIC = "public, max-age=60";

  /** The caching of a signed-in caller's reads: revalidate every time, never in shared caches. */
  static final String PRIVATE = "private, no-cache";

  @Context private Providers providers;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response)
      throws IOException {
    String method = request.getMethod();
    if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
        || response.getStatus() != Response.Status.OK.getStatusCode()
        || !response.hasEntity()) {
      return;
    }
    byte[] body = serialise(response);
    // a resource may tag its answer itself (an editable item: its version, see Preconditions)
    EntityTag tag =
        response.getEntityTag() != null
            ? response.getEntityTag()
            : request.getProperty(Preconditions.TAG_ATTRIBUTE) instanceof EntityTag named
                ? named
                : new EntityTag(hash(body));
    response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
    response
        .getHeaders()
        .putSingle(
            HttpHeaders.CACHE_CONTROL,
            request.getSecurityContext() == null
                    || request.getSecurityContext().getUserPrincipal() == null
                ? PUBLIC
                : PRIVATE);
    Response.ResponseBuilder precondition = request.getRequest().evaluatePreconditions(tag);
    // only If-None-Match is answered here; If-Match (412/428) belongs to the writes
    if (precondition != null
        && precondition.build().getStatus() == Response.Status.NOT_MODIFIED.getStatusCode()) {
      response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
      response.setEntity(null);
      response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
      return;
    }
    response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private byte[] serialise(ContainerResponseContext response) throws IOException {
    Object entity = response.getEntity();
    if (entity instanceof byte[] bytes) {
      return bytes;
    }
    MediaType type =
        response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
    MessageBodyWriter writer =
        providers.getMessageBodyWriter(
            response.getEntityClass(),
            response.getEntityType(),
            response.getEntityAnnotations(),
            type);
    if (writer == null) {
      throw new IOException("No writer for " + response.getEntityClass() + " as " + type);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeTo(
        entity,
        response.getEntityClass(),
        response.getEntityType(),
        response.getEntityAnnotations(),
        type,
        response.getHeaders(),
        out);
    return out.toByteArray();
  }

  static String hash(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
    }
  }
}
