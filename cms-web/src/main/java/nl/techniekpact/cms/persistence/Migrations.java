package nl.techniekpact.cms.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The CMS's Flyway migration sets, run in order: first core-model's schema (its own history table,
 * so the library versions its schema independently), then the CMS's own tables. The same SQL runs
 * on H2 and PostgreSQL.
 */
public final class Migrations {

  /** Where core-model ships its schema. */
  static final String MODEL_LOCATION = "classpath:nl/techniekpact/model/db/migration";

  /** Where the CMS keeps its own tables (accounts, plugins, …). */
  static final String CMS_LOCATION = "classpath:db/migration/cms";

  private Migrations() {}

  /**
   * Applies every pending migration.
   *
   * @return the number of migrations applied
   */
  public static int migrate(DataSource dataSource) {
    return migrate(dataSource, MODEL_LOCATION, "core_model_schema_history")
        + migrate(dataSource, CMS_LOCATION, "cms_schema_history");
  }

  private static int migrate(DataSource dataSource, String location, String historyTable) {
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(location)
        .table(historyTable)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .failOnMissingLocations(false)
        .load()
        .migrate()
        .migrationsExecuted;
  }
}
