package nl.techniekpact.plugin.api;

import java.util.List;
import java.util.Objects;
import nl.techniekpact.model.casestudy.CaseStudySummary;

/**
 * One page of published cases as a list shows them, and how many match in all: the answer to {@link
 * ContentQueries#publishedCaseSummaries(CaseQuery)}. The summaries are plain, immutable values
 * (slug, title, subtitle, summary, landsdeel), read without the cases' bodies and links.
 *
 * <pre>{@code
 * CaseSummaries results = content.publishedCaseSummaries(CaseQuery.all().page(2, 12));
 * for (CaseStudySummary item : results.cases()) {
 *   cards.add(new Card(item.slug(), item.title().in(locale)));
 * }
 * }</pre>
 *
 * @param cases the cases on this page
 * @param total how many cases match over all pages
 * @param page this page, from 1
 * @param size the page size asked for
 * @since 0.4.0
 */
public record CaseSummaries(List<CaseStudySummary> cases, long total, int page, int size) {

  /** Checks and copies the parts. */
  public CaseSummaries {
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
