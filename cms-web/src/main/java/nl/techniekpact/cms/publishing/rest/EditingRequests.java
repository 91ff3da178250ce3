package nl.techniekpact.cms.publishing.rest;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.OptionalInt;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.FieldErrors;
import nl.techniekpact.cms.publishing.TypeEditing;
import nl.techniekpact.cms.rest.ParameterCheck;
import nl.techniekpact.cms.rest.Preconditions;
import nl.techniekpact.cms.security.authentication.CmsAuthenticationMechanism;

/**
 * What every content type's write endpoints do alike, in one place: who the caller is as an {@link
 * Editor} (401 with our challenges when nobody), answers tagged with the item's version, the
 * publication request ({@code PUT …/{slug}/publication}) and the {@code since} of a revision
 * comparison. The resources keep only their paths and their OpenAPI documentation.
 *
 * <pre>{@code
 * long version = Preconditions.requiredVersion(headers);
 * ContentDocument<RegionInput> saved =
 *     EditingRequests.publication(regions, EditingRequests.editor(editors, security), slug,
 *         version, body);
 * return EditingRequests.answer(RegionEditView.of(saved), saved.version());
 * }</pre>
 */
public final class EditingRequests {

  private EditingRequests() {}

  /**
   * The editor of the caller.
   *
   * @throws NotAuthorizedException when the caller is not signed in to an enabled account
   */
  public static Editor editor(Editors editors, SecurityContext security) {
    return editors
        .of(security.getUserPrincipal())
        .orElseThrow(
            () ->
                new NotAuthorizedException(
                    CmsAuthenticationMechanism.BASIC_CHALLENGE,
                    CmsAuthenticationMechanism.BEARER_CHALLENGE));
  }

  /** 200 with a view, its ETag the item's version. */
  public static Response answer(Object view, long version) {
    return Response.ok(view).tag(tag(version)).build();
  }

  /** 201 with a view, Location the new item below the request's path, ETag its version. */
  public static Response created(UriInfo uriInfo, String slug, Object view, long version) {
    return Response.created(uriInfo.getAbsolutePathBuilder().path(slug).build())
        .entity(view)
        .tag(tag(version))
        .build();
  }

  private static EntityTag tag(long version) {
    return Preconditions.tag(version);
  }

  /**
   * Carries out a publication request: publish now, schedule, or back to draft; a stale version is
   * 412 ({@link Preconditions#guard}).
   *
   * @throws nl.techniekpact.cms.publishing.InvalidContentException when the body's status or
   *     moments are refused (422)
   */
  public static <D> D publication(
      TypeEditing<?, ?, D> editing, Editor who, String slug, long version, String body) {
    FieldErrors errors = new FieldErrors();
    PublicationRequest.Checked wanted =
        JsonBodies.read(body, PublicationRequest.class).check(errors);
    errors.throwIfAny();
    return Preconditions.guard(
        () ->
            switch (wanted.target()) {
              case PUBLISHED -> editing.publish(who, slug, version, wanted.unpublishAt());
              case SCHEDULED ->
                  editing.schedule(who, slug, version, wanted.publishAt(), wanted.unpublishAt());
              case DRAFT -> editing.unpublish(who, slug, version);
            });
  }

  /**
   * The older revision of a comparison, from the {@code since} parameter (default 1).
   *
   * @throws nl.techniekpact.cms.web.InvalidParametersException when it is not a number from 1
   */
  public static long since(String since) {
    ParameterCheck check = new ParameterCheck();
    OptionalInt older = check.optionalInteger("since", since == null ? "" : since, 1, 999_999_999);
    check.done();
    return older.orElse(1);
  }
}
