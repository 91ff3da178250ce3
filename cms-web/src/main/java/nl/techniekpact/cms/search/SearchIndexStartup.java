package nl.techniekpact.cms.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import nl.techniekpact.cms.persistence.DatabaseStatus;

/**
 * Starts the first build of the search index once the database is migrated: at start-up, or, when
 * the database came later, within 15 seconds of it coming up (as the migration retries).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexStartup {

  @Inject private DatabaseStatus database;
  @Inject private SiteSearch search;

  @PostConstruct
  void start() {
    buildWhenReady();
  }

  /** Builds the index when the database is ready and it has not been built yet. */
  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  void buildWhenReady() {
    if (database.isReady() && !search.isReady()) {
      search.rebuild();
    }
  }
}
