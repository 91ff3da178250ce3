package nl.techniekpact.cms.plugin.host;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import nl.techniekpact.cms.persistence.Migrations;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.plugin.api.ContentQueries;
import org.h2.jdbcx.JdbcDataSource;

/** The plugin host on a fresh in-memory H2 database, as the server wires it, without a server. */
final class TestHost {

  static final ContentQueries NO_CONTENT =
      new ContentQueries() {
        @Override
        public List<Region> publishedRegions() {
          return List.of();
        }

        @Override
        public Optional<Region> publishedRegion(String slug) {
          return Optional.empty();
        }

        @Override
        public List<Goal> currentGoals() {
          return List.of();
        }

        @Override
        public Optional<Goal> goal(int number) {
          return Optional.empty();
        }

        @Override
        public List<CaseStudy> publishedCases(int first, int max) {
          return List.of();
        }
      };

  final DataSource dataSource;
  final PluginStore store;
  final PluginRegistry registry = new PluginRegistry();
  final PluginInvoker invoker =
      new PluginInvoker(
          new PluginInvoker.Policy(5, Duration.ofMinutes(1), Duration.ofSeconds(1)),
          Clock.systemUTC());
  final PluginLifecycle lifecycle;

  private TestHost(
      DataSource dataSource, Path workDir, long maxJarBytes, PluginSignatures signatures) {
    this.dataSource = dataSource;
    this.store = new PluginStore(dataSource);
    this.lifecycle =
        new PluginLifecycle(
            store,
            registry,
            invoker,
            PluginContexts.of(
                NO_CONTENT,
                key ->
                    Optional.ofNullable(
                        Map.of("cms.plugin.example-internships.title", "T").get(key))),
            workDir,
            maxJarBytes,
            signatures,
            Clock.systemUTC());
  }

  /** A host on a new database. */
  static TestHost create(Path workDir) {
    return create(workDir, 1024 * 1024);
  }

  /** A host on a new database with a jar size limit. */
  static TestHost create(Path workDir, long maxJarBytes) {
    return on(h2(), workDir, maxJarBytes);
  }

  /** Another host on the same database (a restart, or a second node). */
  static TestHost on(DataSource dataSource, Path workDir, long maxJarBytes) {
    return on(dataSource, workDir, maxJarBytes, PluginSignatures.optional());
  }

  /** A host on a database with signature rules. */
  static TestHost on(
      DataSource dataSource, Path workDir, long maxJarBytes, PluginSignatures signatures) {
    return new TestHost(dataSource, workDir, maxJarBytes, signatures);
  }

  static DataSource h2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:plugins-" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Migrations.migrate(h2);
    return h2;
  }
}
