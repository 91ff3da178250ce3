package nl.techniekpact.cms.ambassador.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.techniekpact.cms.ambassador.editing.AmbassadorEditing;
import nl.techniekpact.cms.ambassador.editing.AmbassadorInput;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.EditRefusedException;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.model.shared.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The ambassadors an editor may edit ({@code /beheer/ambassadors/}): a lazy, paged table filterable
 * by name, a page at a time from {@link AmbassadorEditing} (a regional editor's list holds only the
 * ambassadors of their own regions).
 */
@Named
@ViewScoped
public class AmbassadorList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AmbassadorEditing ambassadors;
  @Inject private Editors editors;

  private String nameFilter;

  /**
   * An ambassador as a row.
   *
   * @param slug its slug
   * @param name its name
   * @param role AANJAGER or AMBASSADEUR
   * @param region its region slug, or null
   * @param status its publication status
   * @param deleted whether it is deleted softly
   * @param updatedAt when it was last saved
   */
  public record Row(
      String slug,
      String name,
      String role,
      String region,
      String status,
      boolean deleted,
      Instant updatedAt)
      implements Serializable {
    static Row of(ContentDocument<AmbassadorInput> d) {
      return new Row(
          d.slug(),
          d.content().name(),
          d.content().role(),
          d.content().region(),
          d.status().name(),
          d.deleted(),
          d.updatedAt());
    }
  }

  private final LazyDataModel<Row> rows =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) ambassadors.count(editor(), nameFilter);
        }

        @Override
        public List<Row> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
          return ambassadors.list(editor(), nameFilter, new Page(first, pageSize)).stream()
              .map(Row::of)
              .toList();
        }

        @Override
        public String getRowKey(Row row) {
          return row.slug();
        }
      };

  private Editor editor() {
    return editors.current().orElseThrow(() -> new EditRefusedException("Not signed in"));
  }

  /** A part of the name the list is filtered on, or blank for all. */
  public String getNameFilter() {
    return nameFilter;
  }

  public void setNameFilter(String nameFilter) {
    this.nameFilter = nameFilter;
  }

  public LazyDataModel<Row> getRows() {
    return rows;
  }
}
