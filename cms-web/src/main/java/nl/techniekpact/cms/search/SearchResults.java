package nl.techniekpact.cms.search;

import java.util.List;

/**
 * A page of results.
 *
 * @param hits the hits on this page, best first
 * @param total how many items match in all
 */
public record SearchResults(List<SearchHit> hits, long total) {

  public SearchResults {
    hits = List.copyOf(hits);
  }
}
