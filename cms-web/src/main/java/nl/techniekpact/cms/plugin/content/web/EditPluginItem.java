package nl.techniekpact.cms.plugin.content.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.techniekpact.cms.backoffice.web.BackOfficeLanguage;
import nl.techniekpact.cms.backoffice.web.Drafts;
import nl.techniekpact.cms.backoffice.web.Moments;
import nl.techniekpact.cms.backoffice.web.Texts;
import nl.techniekpact.cms.plugin.content.PluginItemDocument;
import nl.techniekpact.cms.plugin.content.PluginItemEditing;
import nl.techniekpact.cms.plugin.content.PluginItemInput;
import nl.techniekpact.cms.plugin.host.ActivePlugin;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import nl.techniekpact.cms.publishing.ContentNotFoundException;
import nl.techniekpact.cms.publishing.EditConflictException;
import nl.techniekpact.cms.publishing.EditRefusedException;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.FieldError;
import nl.techniekpact.cms.publishing.InvalidContentException;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.publishing.revision.RevisionSummary;
import nl.techniekpact.cms.publishing.web.EditConflict;
import nl.techniekpact.cms.publishing.web.ItemEditScreen;
import nl.techniekpact.plugin.api.ContentType;
import nl.techniekpact.plugin.api.FieldDefinition;
import nl.techniekpact.plugin.api.PublicPage;

/**
 * Creates and edits one item of a plugin's content type ({@code
 * /beheer/content/edit.xhtml?plugin=…&type=…[&slug=…]}): a form built from the plugin's field
 * definitions (a PrimeFaces component per field type, the labels the plugin gives in the editor's
 * language), save, publish, unpublish, schedule, delete and restore, revisions (compare, restore),
 * the preview on the plugin's pages, and after a conflict the other editor's version beside this
 * form. Every rule is {@link PluginItemEditing}'s; this bean maps the form to its input and its
 * refusals to messages.
 */
@Named
@ViewScoped
public class EditPluginItem implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PluginItemEditing items;
  @Inject private Editors editors;
  @Inject private BackOfficeLanguage language;
  @Inject private PluginPlatform platform;

  private String plugin;
  private String type;
  private String typeLabel;
  private String slug;
  private String newSlug;
  private boolean existing;
  private boolean known;
  private List<ItemField> fields = List.of();
  private PluginItemDocument document;
  private final EditConflict<PluginItemDocument> conflict = new EditConflict<>();
  private LocalDateTime publishAt;
  private LocalDateTime unpublishAt;
  private Long older;
  private Long newer;
  private List<FieldChange> changes;

  /** Loads the type (and the item) named in the address; a view action. */
  public void load() {
    if (known || plugin == null || type == null) {
      return;
    }
    ContentType contentType;
    try {
      contentType = items.contentType(plugin, type);
    } catch (ContentNotFoundException e) {
      Texts.error(null, "pluginContent.error.unknownType", plugin + "/" + type);
      return;
    }
    known = true;
    typeLabel = contentType.label(language.getLocale());
    fields = new ArrayList<>();
    for (FieldDefinition field : contentType.fields()) {
      fields.add(new ItemField(field, language.getLocale()));
    }
    if (slug != null && !slug.isBlank()) {
      try {
        show(items.read(editor(), plugin, type, slug));
      } catch (EditRefusedException e) {
        known = false;
        Texts.error(null, "pluginContent.error.refused");
      } catch (ContentNotFoundException e) {
        known = false;
        Texts.error(null, "pluginContent.error.notFound");
      }
    }
  }

  private void show(PluginItemDocument shown) {
    existing = true;
    document = shown;
    slug = shown.slug();
    Map<String, Object> values = shown.content().fields();
    List<ItemField> shownFields = new ArrayList<>();
    for (ItemField field : fields) {
      shownFields.add(field.showing(values.get(field.getKey())));
    }
    fields = shownFields;
    conflict.clear();
  }

  /** After a conflict: shows the other editor's version, dropping this form's changes. */
  public void takeTheirs() {
    conflict.takeTheirs(this::show);
    Drafts.droppedNow(getDraftKey());
  }

  /** After a conflict: keeps this form and saves it over the other version on the next save. */
  public void keepMine() {
    conflict.keepMine(theirs -> document = theirs);
  }

  /** The fields (by label) in which another version differs from the form: label, mine, theirs. */
  private List<FieldChange> differencesTo(PluginItemDocument other) {
    Map<String, Object> values = other.content().fields();
    String english = Texts.text("pluginContent.english");
    String yes = Texts.text("confirm.yes");
    String no = Texts.text("confirm.no");
    List<String[]> rows = new ArrayList<>();
    for (ItemField field : fields) {
      List<String[]> mine = field.rows(english, yes, no);
      List<String[]> others = field.showing(values.get(field.getKey())).rows(english, yes, no);
      for (int i = 0; i < mine.size(); i++) {
        rows.add(new String[] {mine.get(i)[0], mine.get(i)[1], others.get(i)[1]});
      }
    }
    return ItemEditScreen.differences(rows.toArray(String[][]::new));
  }

  private Editor editor() {
    return editors.current().orElseThrow(() -> new EditRefusedException("Not signed in"));
  }

  private PluginItemInput input(String itemSlug) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (ItemField field : fields) {
      Object value = field.value();
      if (value != null) {
        values.put(field.getKey(), value);
      }
    }
    return new PluginItemInput(itemSlug, values);
  }

  /** Saves the form: creates a draft or a new revision. */
  public String save() {
    return change(
        () ->
            existing
                ? items.update(
                    editor(),
                    plugin,
                    type,
                    slug,
                    conflict.checkedAgainst(document.version()),
                    input(slug))
                : items.create(editor(), plugin, type, input(newSlug)),
        "pluginContent.saved",
        false);
  }

  /** Publishes now (until {@code unpublishAt}, when given). */
  public String publish() {
    return change(
        () -> items.publish(editor(), plugin, type, slug, document.version(), instant(unpublishAt)),
        "pluginContent.published",
        true);
  }

  /** Takes the item off the site. */
  public String unpublish() {
    return change(
        () -> items.unpublish(editor(), plugin, type, slug, document.version()),
        "pluginContent.unpublished",
        true);
  }

  /** Schedules publication and/or its end. */
  public String schedule() {
    return change(
        () ->
            items.schedule(
                editor(),
                plugin,
                type,
                slug,
                document.version(),
                instant(publishAt),
                instant(unpublishAt)),
        "pluginContent.scheduled",
        true);
  }

  /** Deletes the item softly. */
  public String delete() {
    return change(
        () -> items.delete(editor(), plugin, type, slug, document.version()),
        "pluginContent.deleted",
        false);
  }

  /** Restores a deleted item. */
  public String restore() {
    return change(
        () -> items.restore(editor(), plugin, type, slug, document.version()),
        "pluginContent.restored",
        false);
  }

  /** Restores a revision's fields as a new save. */
  public String restoreRevision(long number) {
    return change(
        () -> items.restoreRevision(editor(), plugin, type, slug, number, document.version()),
        "pluginContent.revisionRestored",
        false);
  }

  /** Compares two revisions. */
  public void compare() {
    if (older == null || newer == null) {
      return;
    }
    changes =
        items.compare(editor(), plugin, type, slug, Math.min(older, newer), Math.max(older, newer));
  }

  /**
   * Runs a change; on success the page after the redirect says so, and the unsaved changes this tab
   * kept of the form are dropped, or carried over to the new version when the change left the
   * fields as they were ({@code keepsFields}: publish, unpublish, schedule).
   */
  private String change(Operation operation, String doneKey, boolean keepsFields) {
    String draft = getDraftKey();
    long shown = getDraftVersion();
    try {
      PluginItemDocument saved = operation.run();
      Texts.done(doneKey, saved.slug());
      Drafts.done(draft, shown, keepsFields);
      return "/beheer/content/edit.xhtml?faces-redirect=true&plugin="
          + plugin
          + "&type="
          + type
          + "&slug="
          + saved.slug();
    } catch (InvalidContentException e) {
      for (FieldError error : e.errors()) {
        Texts.error(null, "pluginContent.error.field", labelOf(error.field()), error.message());
      }
    } catch (EditConflictException e) {
      PluginItemDocument theirs = e.current(PluginItemDocument.class);
      conflict.found(theirs, theirs == null ? List.of() : differencesTo(theirs));
      Texts.error(null, "pluginContent.conflict", theirs == null ? "?" : theirs.version());
    } catch (EditRefusedException e) {
      Texts.error(null, "pluginContent.error.refused");
    } catch (ContentNotFoundException e) {
      Texts.error(null, "pluginContent.error.notFound");
    }
    return null;
  }

  /** The label of a refused field ({@code fields.title.nl} → the title's label). */
  private String labelOf(String field) {
    if (field.equals("slug")) {
      return Texts.text("pluginContent.field.slug");
    }
    String[] parts = field.split("\\.");
    if (parts.length >= 2 && parts[0].equals("fields")) {
      for (ItemField candidate : fields) {
        if (candidate.getKey().equals(parts[1])) {
          return candidate.getLabel() + (parts.length > 2 ? " (" + parts[2] + ")" : "");
        }
      }
    }
    return field;
  }

  @FunctionalInterface
  private interface Operation {
    PluginItemDocument run();
  }

  private static Instant instant(LocalDateTime local) {
    return local == null ? null : local.atZone(Moments.ZONE).toInstant();
  }

  /**
   * A public page of the item's plugin to preview the item on.
   *
   * @param title the page's title in the editor's language
   * @param address the preview's address
   */
  public record PreviewPage(String title, String address) implements Serializable {}

  /** The plugin's public pages, each with the address of the item's preview on it. */
  public List<PreviewPage> getPreviewPages() {
    Optional<ActivePlugin> running = existing ? platform.registry().find(plugin) : Optional.empty();
    if (running.isEmpty()) {
      return List.of();
    }
    Locale locale = language.getLocale();
    String contextPath =
        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    List<PreviewPage> pages = new ArrayList<>();
    for (PublicPage page : running.get().pages()) {
      String title =
          platform
              .invoker()
              .call(running.get(), "page " + page.id() + " title", () -> page.title(locale))
              .orElse(page.id());
      pages.add(
          new PreviewPage(
              title,
              contextPath
                  + PluginItemPreviewServlet.address(plugin, type, slug, page.id())
                  + ("en".equals(locale.getLanguage()) ? "?lang=en" : "")));
    }
    return pages;
  }

  /** The item's revisions, newest first. */
  public List<RevisionSummary> getRevisions() {
    return existing ? items.revisions(editor(), plugin, type, slug) : List.of();
  }

  /** The key under which the editor's browser tab keeps unsaved changes of this form. */
  public String getDraftKey() {
    return Drafts.key("item/" + plugin + "/" + type, existing ? slug : null);
  }

  /**
   * The item's version the form's changes are based on (0 for a new item): the version it shows, or
   * the older one restored changes were typed on.
   */
  public long getDraftVersion() {
    return existing ? conflict.checkedAgainst(document.version()) : 0;
  }

  /** What stands between the form and the stored version: its draftBase field binds here. */
  public EditConflict<PluginItemDocument> getConflict() {
    return conflict;
  }

  public List<ItemField> getFields() {
    return fields;
  }

  public PluginItemDocument getDocument() {
    return document;
  }

  /** After a conflict: the other editor's version; otherwise {@code null}. */
  public PluginItemDocument getTheirs() {
    return conflict.theirs();
  }

  /** After a conflict: the fields in which the other version differs (labels, mine, theirs). */
  public List<FieldChange> getConflictChanges() {
    return conflict.changes();
  }

  public boolean isExisting() {
    return existing;
  }

  /** Whether the type is one of a running plugin (and the item, if named, readable). */
  public boolean isKnown() {
    return known;
  }

  public String getTypeLabel() {
    return typeLabel;
  }

  public String getPlugin() {
    return plugin;
  }

  public void setPlugin(String plugin) {
    if (!known) {
      this.plugin = plugin;
    }
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    if (!known) {
      this.type = type;
    }
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    if (!existing) {
      this.slug = slug;
    }
  }

  public String getNewSlug() {
    return existing ? slug : newSlug;
  }

  public void setNewSlug(String newSlug) {
    if (!existing) {
      this.newSlug = newSlug;
    }
  }

  public LocalDateTime getPublishAt() {
    return publishAt;
  }

  public void setPublishAt(LocalDateTime publishAt) {
    this.publishAt = publishAt;
  }

  public LocalDateTime getUnpublishAt() {
    return unpublishAt;
  }

  public void setUnpublishAt(LocalDateTime unpublishAt) {
    this.unpublishAt = unpublishAt;
  }

  public Long getOlder() {
    return older;
  }

  public void setOlder(Long older) {
    this.older = older;
  }

  public Long getNewer() {
    return newer;
  }

  public void setNewer(Long newer) {
    this.newer = newer;
  }

  public List<FieldChange> getChanges() {
    return changes;
  }
}
