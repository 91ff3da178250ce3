package nl.techniekpact.cms.plugin.content.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.techniekpact.cms.backoffice.web.BackOfficeLanguage;
import nl.techniekpact.cms.plugin.content.FieldValues;
import nl.techniekpact.cms.plugin.content.PluginItemDocument;
import nl.techniekpact.cms.plugin.content.PluginItemEditing;
import nl.techniekpact.cms.publishing.ContentNotFoundException;
import nl.techniekpact.cms.publishing.EditRefusedException;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.model.shared.Page;
import nl.techniekpact.plugin.api.ContentType;
import nl.techniekpact.plugin.api.FieldDefinition;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The content types of the running plugins and the items of one of them ({@code
 * /beheer/content/index.xhtml[?plugin=…&type=…]}): a lazy, paged table from {@link
 * PluginItemEditing} (a regional editor's list holds only their regions' items).
 */
@Named
@ViewScoped
public class PluginContentList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PluginItemEditing items;
  @Inject private Editors editors;
  @Inject private BackOfficeLanguage language;

  private String plugin;
  private String type;
  private String typeLabel;
  private String titleField;

  /**
   * A content type to choose.
   *
   * @param plugin the plugin's id
   * @param type the type's key
   * @param label its label in the editor's language
   */
  public record TypeLink(String plugin, String type, String label) implements Serializable {}

  /**
   * An item as a row.
   *
   * @param slug its slug
   * @param title the Dutch text of its first text field, or its slug
   * @param region its region slug, or null
   * @param status its publication status
   * @param deleted whether it is deleted softly
   * @param updatedAt when it was last saved
   */
  public record Row(
      String slug, String title, String region, String status, boolean deleted, Instant updatedAt)
      implements Serializable {}

  /** Selects the type named in the address; a view action. */
  public void load() {
    if (plugin == null || type == null || typeLabel != null) {
      return;
    }
    try {
      ContentType contentType = items.contentType(plugin, type);
      typeLabel = contentType.label(language.getLocale());
      titleField = FieldValues.titleField(contentType).map(FieldDefinition::key).orElse(null);
    } catch (ContentNotFoundException e) {
      plugin = null;
      type = null;
    }
  }

  /** The content types of the running plugins. */
  public List<TypeLink> getTypes() {
    return items.contentTypes().stream()
        .map(t -> new TypeLink(t.pluginId(), t.type().key(), t.type().label(language.getLocale())))
        .toList();
  }

  private final LazyDataModel<Row> rows =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return type == null ? 0 : (int) items.count(editor(), plugin, type);
        }

        @Override
        public List<Row> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
          if (type == null) {
            return List.of();
          }
          return items.list(editor(), plugin, type, new Page(first, pageSize)).stream()
              .map(PluginContentList.this::row)
              .toList();
        }

        @Override
        public String getRowKey(Row row) {
          return row.slug();
        }
      };

  private Row row(PluginItemDocument d) {
    Object title = titleField == null ? null : d.content().fields().get(titleField);
    String text =
        title instanceof Map<?, ?> texts && texts.get("nl") != null
            ? texts.get("nl").toString()
            : d.slug();
    return new Row(d.slug(), text, d.region(), d.status().name(), d.deleted(), d.updatedAt());
  }

  private Editor editor() {
    return editors.current().orElseThrow(() -> new EditRefusedException("Not signed in"));
  }

  public LazyDataModel<Row> getRows() {
    return rows;
  }

  /** Whether a type of a running plugin is selected. */
  public boolean isSelected() {
    return typeLabel != null;
  }

  public String getTypeLabel() {
    return typeLabel;
  }

  public String getPlugin() {
    return plugin;
  }

  public void setPlugin(String plugin) {
    this.plugin = plugin;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }
}
