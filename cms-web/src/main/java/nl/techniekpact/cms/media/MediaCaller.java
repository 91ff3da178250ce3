package nl.techniekpact.cms.media;

import java.security.Principal;
import java.util.Set;
import nl.techniekpact.cms.security.Roles;

/**
 * Who asks the library for something: a username and roles, taken from the request by the REST
 * resource or the back-office page, so the library decides alone what each role may do.
 *
 * @param username the signed-in account
 * @param roles its roles ({@link Roles})
 */
public record MediaCaller(String username, Set<String> roles) {

  /** Copies the roles. */
  public MediaCaller {
    roles = Set.copyOf(roles);
  }

  /** The signed-in account of a back-office request ({@code null}: none), with its roles. */
  public static MediaCaller of(Principal caller, Set<String> roles) {
    return new MediaCaller(caller == null ? "" : caller.getName(), roles);
  }

  /** Editors and administrators work with the library; plugin administrators do not. */
  boolean mayUseLibrary() {
    return roles.contains(Roles.ADMINISTRATOR)
        || roles.contains(Roles.NATIONAL_EDITOR)
        || roles.contains(Roles.REGIONAL_EDITOR);
  }

  /**
   * Administrators and national editors change and remove any image (removal only when nothing uses
   * it); a regional editor only the images they uploaded themselves, as the library is shared by
   * every region.
   */
  public boolean mayChange(MediaItem image) {
    return roles.contains(Roles.ADMINISTRATOR)
        || roles.contains(Roles.NATIONAL_EDITOR)
        || (roles.contains(Roles.REGIONAL_EDITOR) && username.equals(image.uploadedBy()));
  }
}
