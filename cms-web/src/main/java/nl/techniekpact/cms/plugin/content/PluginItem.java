package nl.techniekpact.cms.plugin.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Optional;
import nl.techniekpact.model.shared.PublishableEntity;
import nl.techniekpact.model.shared.Slug;

/**
 * One item of a plugin's content type, stored by the host (table {@code plugin_item}): which plugin
 * and type it belongs to, its slug, the region it belongs to and its field values as one JSON
 * document that {@link FieldValues} checked against the type's field definitions. Publication
 * state, soft delete and version as every publishable item.
 */
@Entity
@Table(name = "plugin_item")
public class PluginItem extends PublishableEntity {

  @Column(name = "plugin_id", nullable = false, updatable = false)
  private String pluginId;

  @Column(name = "type_key", nullable = false, updatable = false)
  private String typeKey;

  @NotNull @Valid @Embedded private Slug slug;

  @Column(name = "region_slug")
  private String regionSlug;

  @Column(name = "field_values", nullable = false)
  private String fieldValues = "{}";

  /** For JPA. */
  protected PluginItem() {}

  /**
   * A new draft item.
   *
   * @param pluginId the plugin
   * @param typeKey the plugin's content type key
   * @param slug the slug
   */
  public PluginItem(String pluginId, String typeKey, Slug slug) {
    this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
    this.typeKey = Objects.requireNonNull(typeKey, "typeKey");
    this.slug = Objects.requireNonNull(slug, "slug");
  }

  /**
   * Sets the field values, checked before.
   *
   * @param checked the values as {@link FieldValues} stores them
   */
  public void fill(FieldValues.Checked checked) {
    this.fieldValues = checked.json();
    this.regionSlug = checked.region();
  }

  public String getPluginId() {
    return pluginId;
  }

  public String getTypeKey() {
    return typeKey;
  }

  public Slug getSlug() {
    return slug;
  }

  /** The region's slug, empty for national content. */
  public Optional<String> getRegionSlug() {
    return Optional.ofNullable(regionSlug);
  }

  /** The stored field values, a JSON object. */
  public String getFieldValues() {
    return fieldValues;
  }
}
