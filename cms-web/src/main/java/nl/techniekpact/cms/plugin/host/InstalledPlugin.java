package nl.techniekpact.cms.plugin.host;

import java.time.Instant;

/**
 * An installed plugin as stored in the database (without its jar).
 *
 * @param id the plugin id
 * @param version its version
 * @param requires the plugin API range it declared
 * @param sha256 the SHA-256 of its jar, hex
 * @param size the jar's size in bytes
 * @param state whether it runs
 * @param reason why it is paused or disabled, or null
 * @param installedBy who installed (or last upgraded) it
 * @param installedAt when it was installed (or last upgraded)
 * @param updatedAt when its state last changed
 */
public record InstalledPlugin(
    String id,
    String version,
    String requires,
    String sha256,
    long size,
    PluginState state,
    String reason,
    String installedBy,
    Instant installedAt,
    Instant updatedAt) {

  /** The label used in messages: {@code id@version}. */
  public String label() {
    return id + "@" + version;
  }

  InstalledPlugin withState(PluginState newState, String newReason, Instant at) {
    return new InstalledPlugin(
        id, version, requires, sha256, size, newState, newReason, installedBy, installedAt, at);
  }
}
