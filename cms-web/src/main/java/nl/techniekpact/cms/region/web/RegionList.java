package nl.techniekpact.cms.region.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.EditRefusedException;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.region.editing.RegionEditing;
import nl.techniekpact.cms.region.editing.RegionInput;
import nl.techniekpact.model.shared.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The regions an editor may edit ({@code /beheer/regions/}): a lazy, paged table filterable by
 * name, a page at a time from {@link RegionEditing} (a regional editor's list holds only their own
 * regions).
 */
@Named
@ViewScoped
public class RegionList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RegionEditing regions;
  @Inject private Editors editors;

  /**
   * A region as a row.
   *
   * @param slug its slug
   * @param name its name
   * @param provinces its provinces, joined
   * @param status its publication status
   * @param deleted whether it is deleted softly
   * @param needsConfirmation whether it awaits confirmation
   * @param updatedAt when it was last saved
   */
  public record Row(
      String slug,
      String name,
      String provinces,
      String status,
      boolean deleted,
      boolean needsConfirmation,
      Instant updatedAt)
      implements Serializable {
    static Row of(ContentDocument<RegionInput> d) {
      return new Row(
          d.slug(),
          d.content().name(),
          String.join(", ", d.content().provinces()),
          d.status().name(),
          d.deleted(),
          d.content().needsConfirmation(),
          d.updatedAt());
    }
  }

  private final LazyDataModel<Row> rows =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) regions.count(editor(), nameFilter);
        }

        @Override
        public List<Row> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
          return regions.list(editor(), nameFilter, new Page(first, pageSize)).stream()
              .map(Row::of)
              .toList();
        }

        @Override
        public String getRowKey(Row row) {
          return row.slug();
        }
      };

  private String nameFilter;

  private Editor editor() {
    return editors.current().orElseThrow(() -> new EditRefusedException("Not signed in"));
  }

  /** Whether the signed-in editor may create regions. */
  public boolean isMayCreate() {
    return regions.mayManageRegions(editor());
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
