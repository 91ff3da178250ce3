package nl.techniekpact.cms.plugin.rest;

import java.util.List;
import nl.techniekpact.cms.plugin.host.ActivePlugin;
import nl.techniekpact.cms.plugin.host.InstalledPlugin;
import nl.techniekpact.cms.plugin.host.PluginSignatures;
import nl.techniekpact.cms.rest.Iso;
import nl.techniekpact.plugin.api.ContentType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An installed plugin as the administration API shows it.
 *
 * @param id the plugin id
 * @param version the installed version
 * @param requires the plugin API range it declared
 * @param sha256 the SHA-256 of its jar
 * @param size the jar's size in bytes
 * @param state ENABLED, DISABLED or PAUSED
 * @param reason why it is disabled or paused
 * @param running whether it runs on this node now
 * @param installedBy who installed it
 * @param installedAt when
 * @param updatedAt when its state last changed
 * @param contentTypes the keys of the content types it describes, when running
 * @param slots the page slots it renders fragments into, when running
 * @param hasEndpoint whether it serves a REST endpoint, when running
 * @param signedBy the subject of the certificate its jar is signed with, or null when unsigned
 * @param signerTrusted whether that signer is in the CMS's plugin trust store
 */
public record InstalledPluginView(
    // every component annotated: the server's OpenAPI scanner documents only the annotated
    // components of a record that has any (the contract test found contentTypes undocumented)
    @Schema(required = true, example = "case-studies") String id,
    @Schema(required = true, example = "1.0.0") String version,
    @Schema(required = true, example = "^0.2.0") String requires,
    @Schema(required = true) String sha256,
    @Schema(required = true, example = "86044") long size,
    @Schema(
            required = true,
            enumeration = {"ENABLED", "DISABLED", "PAUSED"})
        String state,
    @Schema(description = "why it is disabled or paused") String reason,
    @Schema(required = true) boolean running,
    @Schema(required = true, example = "admin") String installedBy,
    @Schema(format = "date-time", example = "2026-11-28T07:30:00Z") String installedAt,
    @Schema(format = "date-time", example = "2026-11-28T07:30:00Z") String updatedAt,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "keys of the content types it describes")
        List<String> contentTypes,
    @Schema(
            type = SchemaType.ARRAY,
            implementation = String.class,
            description = "page slots it renders fragments into")
        List<String> slots,
    @Schema(required = true) boolean hasEndpoint,
    @Schema(example = "CN=Regio Noord-Nederland,O=Techniekpact,C=NL") String signedBy,
    @Schema(required = true) boolean signerTrusted) {

  static InstalledPluginView of(
      InstalledPlugin plugin, ActivePlugin active, PluginSignatures.PluginSigner signer) {
    return new InstalledPluginView(
        plugin.id(),
        plugin.version(),
        plugin.requires(),
        plugin.sha256(),
        plugin.size(),
        plugin.state().name(),
        plugin.reason(),
        active != null,
        plugin.installedBy(),
        Iso.instant(plugin.installedAt()),
        Iso.instant(plugin.updatedAt()),
        active == null ? List.of() : active.contentTypes().stream().map(ContentType::key).toList(),
        active == null
            ? List.of()
            : active.fragments().stream().map(ActivePlugin.SlotFragment::slot).distinct().toList(),
        active != null && active.endpoint().isPresent(),
        signer == null ? null : signer.subject(),
        signer != null && signer.trusted());
  }
}
