package nl.techniekpact.model.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.catalogue.CatalogueImport;
import org.junit.jupiter.params.provider.Arguments;

/**
 * H2 and an embedded PostgreSQL holding the same 1,500 generated cases around a moment (every
 * state, every thirteenth softly deleted a minute before it), for the tests that compare the case
 * queries with the plain visibility rule on both databases.
 *
 * <pre>{@code
 * static GeneratedCaseDatabases databases = GeneratedCaseDatabases.around(NOW, 5);
 * databases.named("PostgreSQL").read(em -> …);
 * }</pre>
 */
public final class GeneratedCaseDatabases implements AutoCloseable {

  /** The name of the H2 database in {@link #named} and {@link #namesAnd}. */
  public static final String H2 = "H2";

  /** The name of the PostgreSQL database in {@link #named} and {@link #namesAnd}. */
  public static final String POSTGRESQL = "PostgreSQL";

  private final TestDatabase h2;
  private final EmbeddedPostgres postgres;
  private final TestDatabase postgresql;

  private GeneratedCaseDatabases(
      TestDatabase h2, EmbeddedPostgres postgres, TestDatabase postgresql) {
    this.h2 = h2;
    this.postgres = postgres;
    this.postgresql = postgresql;
  }

  /**
   * Starts both databases and imports the generated cases into each.
   *
   * @param now the moment the generated publication states are around
   * @param seed the generator's seed
   */
  public static GeneratedCaseDatabases around(Instant now, long seed) throws IOException {
    TestDatabase h2 = TestDatabase.h2();
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
    TestDatabase postgresql =
        TestDatabase.at(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    for (TestDatabase db : List.of(h2, postgresql)) {
      db.transact(
          em -> {
            CatalogueImport.into(em)
                .inChunksOf(500)
                .persist(GeneratedCases.around(1500, now, seed));
            List<CaseStudy> generated =
                em.createQuery(
                        "select c from CaseStudy c where c.slug.value like 'gegenereerd-%'",
                        CaseStudy.class)
                    .getResultList();
            for (int i = 0; i < generated.size(); i += 13) {
              generated.get(i).delete(now.minusSeconds(60));
            }
          });
    }
    return new GeneratedCaseDatabases(h2, postgres, postgresql);
  }

  /** The H2 database. */
  public TestDatabase h2() {
    return h2;
  }

  /** A database by its name, {@link #H2} or {@link #POSTGRESQL}. */
  public TestDatabase named(String name) {
    return name.equals(H2) ? h2 : postgresql;
  }

  /** Each database's name with each moment, as parameterized tests' arguments. */
  public static Stream<Arguments> namesAnd(List<Instant> moments) {
    List<Arguments> all = new ArrayList<>();
    for (Instant moment : moments) {
      all.add(Arguments.of(H2, moment));
      all.add(Arguments.of(POSTGRESQL, moment));
    }
    return all.stream();
  }

  @Override
  public void close() throws IOException {
    h2.close();
    postgresql.close();
    postgres.close();
  }
}
