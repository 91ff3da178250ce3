package nl.techniekpact.model.casestudy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.techniekpact.model.shared.Page;
import nl.techniekpact.model.shared.Slug;

/**
 * A {@link CaseStudyRepository} that counts the visible cases and chooses a page's ids in a {@link
 * CaseListing} while that is ready, and then loads just that page's cases by id from the repository
 * it wraps; everything else, and everything while the listing is not ready, is the wrapped
 * repository's. The answers are the same either way (see the listing's tests).
 *
 * <pre>{@code
 * CaseStudyRepository cases =
 *     new ListedCaseStudyRepository(new JpaCaseStudyRepository(em), listing);
 * }</pre>
 *
 * @since 0.4.0
 */
public class ListedCaseStudyRepository implements CaseStudyRepository {

  private final CaseStudyRepository database;
  private final CaseListing listing;

  /**
   * Creates the repository.
   *
   * @param database the repository that reads and writes the database
   * @param listing the listing, used while it is ready
   */
  public ListedCaseStudyRepository(CaseStudyRepository database, CaseListing listing) {
    this.database = Objects.requireNonNull(database, "database");
    this.listing = Objects.requireNonNull(listing, "listing");
  }

  @Override
  public CaseStudy save(CaseStudy caseStudy) {
    return database.save(caseStudy);
  }

  @Override
  public Optional<CaseStudy> findById(long id) {
    return database.findById(id);
  }

  @Override
  public Optional<CaseStudy> findBySlug(Slug slug) {
    return database.findBySlug(slug);
  }

  @Override
  public List<CaseStudy> findAll(Page page) {
    return database.findAll(page);
  }

  @Override
  public List<CaseStudy> findAllById(List<Long> ids) {
    return database.findAllById(ids);
  }

  @Override
  public List<CaseStudy> findPublished(CaseFilter filter, Instant now, Page page) {
    if (listing.isReady()) {
      return database.findAllById(listing.pageIds(filter, now, page));
    }
    return database.findPublished(filter, now, page);
  }

  @Override
  public List<CaseStudySummary> findSummariesById(List<Long> ids) {
    return database.findSummariesById(ids);
  }

  /** While the listing is ready, the page's ids from it and their summaries from the database. */
  @Override
  public List<CaseStudySummary> findPublishedSummaries(CaseFilter filter, Instant now, Page page) {
    if (listing.isReady()) {
      return database.findSummariesById(listing.pageIds(filter, now, page));
    }
    return database.findPublishedSummaries(filter, now, page);
  }

  @Override
  public long countPublished(CaseFilter filter, Instant now) {
    return listing.isReady() ? listing.count(filter, now) : database.countPublished(filter, now);
  }

  @Override
  public void delete(CaseStudy caseStudy) {
    database.delete(caseStudy);
  }
}
