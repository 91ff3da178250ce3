package nl.techniekpact.plugin.api;

import java.util.List;
import java.util.Objects;
import nl.techniekpact.model.casestudy.CaseStudy;

/**
 * One page of published cases and how many match in all: the answer to {@link
 * ContentQueries#publishedCases(CaseQuery)}.
 *
 * <pre>{@code
 * CaseResults results = content.publishedCases(CaseQuery.all().page(2, 12));
 * boolean more = results.page() < results.pages();
 * }</pre>
 *
 * @param cases the cases on this page, detached
 * @param total how many cases match over all pages
 * @param page this page, from 1
 * @param size the page size asked for
 * @since 0.2.0
 */
public record CaseResults(List<CaseStudy> cases, long total, int page, int size) {

  /** Checks and copies the parts. */
  public CaseResults {
    cases = List.copyOf(Objects.requireNonNull(cases, "cases"));
  }

  /**
   * How many pages there are; at least 1.
   *
   * @return the number of pages
   */
  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }
}
