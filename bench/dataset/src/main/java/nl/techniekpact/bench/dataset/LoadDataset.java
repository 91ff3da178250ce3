package nl.techniekpact.bench.dataset;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.techniekpact.model.catalogue.Catalogue;
import nl.techniekpact.model.catalogue.CatalogueImport;
import nl.techniekpact.model.catalogue.ImportSummary;
import org.flywaydb.core.Flyway;

/**
 * Generates a dataset and loads it through core-model's catalogue import into the embedded H2
 * database of a CMS data directory, which the CMS then starts on (it migrates its own tables and,
 * finding content, loads no seed).
 *
 * <pre>
 * java -cp … nl.techniekpact.bench.dataset.LoadDataset --data-dir /tmp/cms-data --cases 100000
 * </pre>
 *
 * Options: {@code --data-dir} (required; must not hold a database yet), {@code --cases} (default
 * 100000), {@code --organisations}, {@code --ambassadors} (default one per 50 and per 500 cases),
 * {@code --seed} (default 42), {@code --url} (a JDBC URL instead of the data directory's H2).
 */
public final class LoadDataset {

  /** The database file name the CMS uses in its data directory (cms-web DatabaseSettings). */
  static final String H2_DATABASE_NAME = "techniekpact";

  /** core-model's migrations and history table, as the CMS runs them. */
  static final String MIGRATIONS = "classpath:nl/techniekpact/model/db/migration";

  static final String HISTORY_TABLE = "core_model_schema_history";

  /**
   * Entities per flush. Flushing each entity on its own keeps ids in catalogue order, which a
   * generated dataset does not need, and made 20,000 cases take 200 s instead of 33 s
   * (docs/performance.md).
   */
  static final int CHUNK = 500;

  private LoadDataset() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    String url = options.get("url");
    if (url == null) {
      String dir = options.get("data-dir");
      if (dir == null) {
        throw new IllegalArgumentException("--data-dir or --url is required");
      }
      Path dataDir = Path.of(dir).toAbsolutePath();
      if (Files.exists(dataDir.resolve(H2_DATABASE_NAME + ".mv.db"))) {
        throw new IllegalArgumentException(
            dataDir + " already holds a database: the dataset is loaded into an empty one");
      }
      Files.createDirectories(dataDir);
      url = "jdbc:h2:file:" + dataDir.resolve(H2_DATABASE_NAME) + ";MODE=LEGACY";
    }
    int cases = Integer.parseInt(options.getOrDefault("cases", "100000"));
    DatasetGenerator.Size defaults = DatasetGenerator.Size.forCases(cases);
    DatasetGenerator.Size size =
        new DatasetGenerator.Size(
            cases,
            Integer.parseInt(options.getOrDefault("organisations", "" + defaults.organisations())),
            Integer.parseInt(options.getOrDefault("ambassadors", "" + defaults.ambassadors())));
    long seed = Long.parseLong(options.getOrDefault("seed", "42"));
    String user = options.getOrDefault("user", "sa");
    String password = options.getOrDefault("password", "");

    long t0 = System.nanoTime();
    System.out.printf(
        "Generating %,d cases, %,d organisations, %,d ambassadors (seed %d)%n",
        size.cases(), size.organisations(), size.ambassadors(), seed);
    Catalogue catalogue = new DatasetGenerator(seed).generate(size);
    System.out.printf("Generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);

    Flyway.configure()
        .dataSource(url, user, password)
        .locations(MIGRATIONS)
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();

    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.jdbc.url", url);
    properties.put("jakarta.persistence.jdbc.user", user);
    properties.put("jakarta.persistence.jdbc.password", password);
    EntityManagerFactory emf = Persistence.createEntityManagerFactory("bench-dataset", properties);
    long t1 = System.nanoTime();
    ProgressBar bar = new ProgressBar(System.out, "Importing");
    try (AutoCloseable closeEmf = emf::close) {
      EntityManager em = emf.createEntityManager();
      EntityTransaction tx = em.getTransaction();
      try {
        tx.begin();
        ImportSummary summary =
            CatalogueImport.into(em).inChunksOf(CHUNK).reportingTo(bar::show).persist(catalogue);
        System.out.println("Committing …");
        tx.commit();
        System.out.printf(
            "Imported %s in %.1f s (total %.1f s)%n",
            summary, (System.nanoTime() - t1) / 1e9, (System.nanoTime() - t0) / 1e9);
      } finally {
        if (tx.isActive()) {
          tx.rollback();
        }
        em.close();
      }
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }
}
