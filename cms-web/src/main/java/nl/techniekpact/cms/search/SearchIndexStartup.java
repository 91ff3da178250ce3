package nl.techniekpact.cms.search;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.techniekpact.cms.casestudy.listing.CaseListings;
import nl.techniekpact.cms.persistence.DatabaseStatus;
import nl.techniekpact.cms.startup.Serving;
import nl.techniekpact.cms.startup.ServingStarted;

/**
 * Brings the search index up to date with the database once the database is migrated, the web
 * module serves and the case listing is not loading: not during the deployment and not next to the
 * listing's load (both read every case), so on a small machine the build does not compete with them
 * and the first pages for the processor (ADR 0026). Checked when the web module starts and every 5
 * seconds, so also within seconds of a database that came later. Once the index is up to date, its
 * changes are committed to disk every 15 seconds.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexStartup {

  @Inject private DatabaseStatus database;
  @Inject private Serving serving;
  @Inject private CaseListings listings;
  @Inject private SiteSearch search;

  /** Starts bringing the index up to date as soon as the web module serves, when it may. */
  public void servingStarted(@Observes ServingStarted started) {
    buildWhenReady();
  }

  /**
   * Brings the index up to date when that has not been done yet and the web module serves, the
   * database is ready and the case listing is not loading.
   */
  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void buildWhenReady() {
    if (!search.isReady() && serving.started() && database.isReady() && !listings.isLoading()) {
      search.bringUpToDate();
    }
  }

  /** Commits the index's changes to disk, once it is up to date. */
  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  void commitWhenReady() {
    if (search.isReady()) {
      search.commitLater();
    }
  }
}
