package nl.techniekpact.cms.plugin.content;

import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.techniekpact.cms.publishing.EditableType;
import nl.techniekpact.cms.publishing.FieldErrors;
import nl.techniekpact.model.shared.InvalidSlugException;
import nl.techniekpact.model.shared.Slug;
import nl.techniekpact.plugin.api.ContentType;

/**
 * One plugin content type for the {@link nl.techniekpact.cms.publishing.ContentEditor}: items are
 * {@link PluginItem}s of that plugin and type, checked by {@link FieldValues} against the type's
 * field definitions as the running plugin describes them. Its key is {@code <plugin-id>/<type-key>}
 * (revisions, audit entries and {@code ContentChanged} use it). Made per request by {@link
 * PluginItemEditing}; holds no plugin classes ({@link ContentType} is part of the plugin API).
 */
final class PluginItemType
    implements EditableType<PluginItem, PluginItemInput, PluginItemDocument> {

  private final EntityManager em;
  private final String pluginId;
  private final ContentType type;
  private final FieldValues.References references;

  PluginItemType(
      EntityManager em, String pluginId, ContentType type, FieldValues.References references) {
    this.em = em;
    this.pluginId = pluginId;
    this.type = type;
    this.references = references;
  }

  /** The content type key of a plugin's type, as in revisions and events. */
  static String key(String pluginId, String typeKey) {
    return pluginId + "/" + typeKey;
  }

  String pluginId() {
    return pluginId;
  }

  ContentType contentType() {
    return type;
  }

  @Override
  public String key() {
    return key(pluginId, type.key());
  }

  @Override
  public Class<PluginItemInput> inputType() {
    return PluginItemInput.class;
  }

  @Override
  public Optional<PluginItem> find(String slug) {
    if (slug == null) {
      return Optional.empty();
    }
    try {
      Slug.of(slug);
    } catch (InvalidSlugException malformed) {
      return Optional.empty();
    }
    return em.createQuery(
            "select i from PluginItem i where i.pluginId = :plugin and i.typeKey = :type"
                + " and i.slug.value = :slug",
            PluginItem.class)
        .setParameter("plugin", pluginId)
        .setParameter("type", type.key())
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  @Override
  public String slugOf(PluginItemInput input) {
    return input.slug();
  }

  @Override
  public String slugOf(PluginItem item) {
    return item.getSlug().getValue();
  }

  @Override
  public PluginItemInput sanitized(PluginItemInput input) {
    return input == null ? null : input.withFields(FieldValues.sanitized(type, input.fields()));
  }

  @Override
  public PluginItem create(PluginItemInput input, FieldErrors errors) {
    if (input.slug() == null || input.slug().isBlank()) {
      errors.refuse("slug", "required");
      return null;
    }
    PluginItem[] created = new PluginItem[1];
    errors.attempt(
        "slug", () -> created[0] = new PluginItem(pluginId, type.key(), Slug.of(input.slug())));
    if (created[0] != null) {
      apply(created[0], input, errors);
    }
    return errors.isEmpty() ? created[0] : null;
  }

  @Override
  public void apply(PluginItem item, PluginItemInput input, FieldErrors errors) {
    FieldValues.Checked checked = FieldValues.check(type, input.fields(), references, errors);
    if (errors.isEmpty()) {
      item.fill(checked);
    }
  }

  @Override
  public PluginItemInput inputOf(PluginItem item) {
    Map<String, Object> values = FieldValues.editable(item.getFieldValues());
    return new PluginItemInput(item.getSlug().getValue(), values);
  }

  @Override
  public Set<String> regionsOf(PluginItem item) {
    return item.getRegionSlug().map(Set::of).orElse(Set.of());
  }

  @Override
  public void add(PluginItem item) {
    em.persist(item);
  }

  @Override
  public PluginItemDocument document(PluginItem item) {
    return new PluginItemDocument(
        pluginId,
        type.key(),
        inputOf(item),
        item.getRegionSlug().orElse(null),
        item.getVersion(),
        item.getPublication().getStatus(),
        item.getPublication().getAt().orElse(null),
        item.getPublication().getUntil().orElse(null),
        item.getDeletedAt(),
        item.getUpdatedAt());
  }
}
