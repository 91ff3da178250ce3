package nl.techniekpact.cms.media;

import jakarta.security.enterprise.SecurityContext;
import java.util.Set;
import java.util.stream.Collectors;
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

  /** The signed-in account of a back-office request, with its roles. */
  public static MediaCaller of(SecurityContext security) {
    String name =
        security.getCallerPrincipal() == null ? "" : security.getCallerPrincipal().getName();
    return new MediaCaller(
        name, Roles.ALL.stream().filter(security::isCallerInRole).collect(Collectors.toSet()));
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
