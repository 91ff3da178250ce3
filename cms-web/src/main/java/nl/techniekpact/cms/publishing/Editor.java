package nl.techniekpact.cms.publishing;

import java.util.Objects;
import java.util.Set;
import nl.techniekpact.cms.security.Roles;

/**
 * Who performs an edit: the signed-in account's username, its roles and, for a regional editor, the
 * slugs of its regions. Built by {@link Editors} from the caller of a request (back office or API
 * alike); tests build one directly.
 *
 * <pre>{@code
 * Editor rita = new Editor("rita", Set.of(Roles.REGIONAL_EDITOR), Set.of("noord"));
 * }</pre>
 *
 * @param username the account's username, recorded in revisions and the audit log
 * @param roles the account's roles ({@link Roles})
 * @param regions the region slugs a regional editor edits
 */
public record Editor(String username, Set<String> roles, Set<String> regions) {

  /** Checks and copies the parts. */
  public Editor {
    Objects.requireNonNull(username, "username");
    roles = Set.copyOf(roles);
    regions = Set.copyOf(regions);
  }

  /** Whether the editor has a role. */
  public boolean has(String role) {
    return roles.contains(role);
  }
}
