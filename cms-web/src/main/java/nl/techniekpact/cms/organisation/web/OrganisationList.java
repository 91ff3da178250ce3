package nl.techniekpact.cms.organisation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.techniekpact.cms.backoffice.web.Texts;
import nl.techniekpact.cms.organisation.editing.OrganisationEditing;
import nl.techniekpact.cms.organisation.editing.OrganisationInput;
import nl.techniekpact.cms.publishing.ContentNotFoundException;
import nl.techniekpact.cms.publishing.EditConflictException;
import nl.techniekpact.cms.publishing.EditRefusedException;
import nl.techniekpact.cms.publishing.EditedItem;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.InvalidContentException;
import nl.techniekpact.model.organisation.OrganisationKind;
import nl.techniekpact.model.shared.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The partner organisations ({@code /beheer/organisations/}): a lazy, paged table filterable by
 * name and kind, a page at a time from {@link OrganisationEditing} (which refuses regional
 * editors).
 */
@Named
@ViewScoped
public class OrganisationList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OrganisationEditing organisations;
  @Inject private Editors editors;

  private List<DeletedRow> deleted;

  /**
   * An organisation as a row.
   *
   * @param slug its slug
   * @param name its name
   * @param kind its kind
   * @param region its region slug, or null
   * @param updatedAt when it was last saved
   */
  public record Row(String slug, String name, String kind, String region, Instant updatedAt)
      implements Serializable {
    static Row of(EditedItem<OrganisationInput> item) {
      OrganisationInput o = item.content();
      return new Row(o.slug(), o.name(), o.kind(), o.region(), item.updatedAt());
    }
  }

  private final LazyDataModel<Row> rows =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int)
              organisations.count(editor(), filter(filterBy, "name"), filter(filterBy, "kind"));
        }

        @Override
        public List<Row> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
          return organisations
              .list(editor(), filter(f, "name"), filter(f, "kind"), new Page(first, pageSize))
              .stream()
              .map(Row::of)
              .toList();
        }

        @Override
        public String getRowKey(Row row) {
          return row.slug();
        }
      };

  private static String filter(Map<String, FilterMeta> filterBy, String field) {
    FilterMeta meta = filterBy == null ? null : filterBy.get(field);
    Object value = meta == null ? null : meta.getFilterValue();
    return value == null ? "" : value.toString();
  }

  private Editor editor() {
    return editors.current().orElseThrow(() -> new EditRefusedException("Not signed in"));
  }

  public LazyDataModel<Row> getRows() {
    return rows;
  }

  /**
   * A deleted organisation, restorable from the list.
   *
   * @param slug its slug
   * @param name its name
   * @param version its version, which the restore names
   * @param deletedAt when it was deleted
   */
  public record DeletedRow(String slug, String name, long version, Instant deletedAt)
      implements Serializable {}

  /** The deleted organisations, most recently deleted first. */
  public List<DeletedRow> getDeleted() {
    if (deleted == null) {
      deleted =
          organisations.deleted(editor()).stream()
              .map(
                  item ->
                      new DeletedRow(
                          item.content().slug(),
                          item.content().name(),
                          item.version(),
                          item.deletedAt()))
              .toList();
    }
    return deleted;
  }

  /** Restores a deleted organisation (a button in the list of deleted ones). */
  public String restore(String slug, long version) {
    try {
      organisations.restore(editor(), slug, version);
      Texts.done("item.restored", slug);
    } catch (EditConflictException
        | InvalidContentException
        | EditRefusedException
        | ContentNotFoundException refused) {
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Texts.error(null, "item.restoreRefused", slug, refused.getMessage());
    }
    // a new request shows the lists as they are now (and the message, kept in the flash)
    return "/beheer/organisations/index.xhtml?faces-redirect=true";
  }

  /** The kinds, for the filter and the form. */
  public List<String> getKinds() {
    return java.util.Arrays.stream(OrganisationKind.values()).map(Enum::name).toList();
  }
}
