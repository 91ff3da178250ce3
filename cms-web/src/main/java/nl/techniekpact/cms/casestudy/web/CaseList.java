package nl.techniekpact.cms.casestudy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.techniekpact.cms.casestudy.editing.CaseStudyEditing;
import nl.techniekpact.cms.casestudy.editing.CaseStudyInput;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.EditRefusedException;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.model.shared.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The case studies an editor may edit ({@code /beheer/cases/}): a lazy, paged table filterable by
 * title, a page at a time from {@link CaseStudyEditing} (a regional editor's list holds only their
 * regions' cases).
 */
@Named
@ViewScoped
public class CaseList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseStudyEditing cases;
  @Inject private Editors editors;

  /**
   * A case as a row.
   *
   * @param slug its slug
   * @param title its Dutch title
   * @param region its region slug, or null
   * @param status its publication status
   * @param version its version
   * @param deleted whether it is deleted softly
   * @param updatedAt when it was last saved
   */
  public record Row(
      String slug,
      String title,
      String region,
      String status,
      long version,
      boolean deleted,
      Instant updatedAt)
      implements Serializable {
    static Row of(ContentDocument<CaseStudyInput> d) {
      return new Row(
          d.slug(),
          d.content().title().nl(),
          d.content().region(),
          d.status().name(),
          d.version(),
          d.deleted(),
          d.updatedAt());
    }
  }

  private final LazyDataModel<Row> rows =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) cases.count(editor(), titleFilter);
        }

        @Override
        public List<Row> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
          return cases.list(editor(), titleFilter, new Page(first, pageSize)).stream()
              .map(Row::of)
              .toList();
        }

        @Override
        public String getRowKey(Row row) {
          return row.slug();
        }
      };

  private nl.techniekpact.cms.publishing.Editor editor() {
    return editors.current().orElseThrow(() -> new EditRefusedException("Not signed in"));
  }

  private String titleFilter;

  public LazyDataModel<Row> getRows() {
    return rows;
  }

  /** A part of the Dutch title the list is filtered on, or blank for all. */
  public String getTitleFilter() {
    return titleFilter;
  }

  public void setTitleFilter(String titleFilter) {
    this.titleFilter = titleFilter;
  }
}
