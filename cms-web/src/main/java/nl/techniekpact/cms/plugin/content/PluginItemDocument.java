package nl.techniekpact.cms.plugin.content;

import java.time.Instant;
import nl.techniekpact.cms.publishing.EditedPublication;
import nl.techniekpact.model.shared.PublicationStatus;

/**
 * An item of a plugin's content type in its editable state, as the editing service answers.
 *
 * @param pluginId the plugin
 * @param typeKey the plugin's content type
 * @param content the editable fields
 * @param region the slug of the item's region, or {@code null} for national content
 * @param version the version a change must name
 * @param status the publication state
 * @param publishAt when it is (or was) published, if scheduled or published
 * @param unpublishAt when it stops being visible, if set
 * @param deletedAt when it was deleted softly, or {@code null}
 * @param updatedAt when it was last saved
 */
public record PluginItemDocument(
    String pluginId,
    String typeKey,
    PluginItemInput content,
    String region,
    long version,
    PublicationStatus status,
    Instant publishAt,
    Instant unpublishAt,
    Instant deletedAt,
    Instant updatedAt)
    implements java.io.Serializable, EditedPublication {

  /** Whether it is deleted softly. */
  public boolean deleted() {
    return deletedAt != null;
  }

  /** The item's slug. */
  public String slug() {
    return content.slug();
  }
}
