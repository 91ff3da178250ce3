package nl.techniekpact.model.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * A fresh database with the shipped migrations applied by Flyway, as cms-web runs it, and an
 * EclipseLink entity manager factory on it.
 */
public final class TestDatabase implements AutoCloseable {

  /** The Flyway location of core-model's migrations. */
  public static final String MIGRATIONS = "classpath:nl/techniekpact/model/db/migration";

  private final EntityManagerFactory emf;

  private TestDatabase(String url, String user, String password) {
    Flyway.configure()
        .dataSource(url, user, password)
        .locations(MIGRATIONS)
        .table("core_model_schema_history")
        .load()
        .migrate();
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.jdbc.url", url);
    properties.put("jakarta.persistence.jdbc.user", user);
    properties.put("jakarta.persistence.jdbc.password", password);
    emf = Persistence.createEntityManagerFactory("techniekpact", properties);
  }

  /**
   * A new, empty in-memory H2 database.
   *
   * @return the database
   */
  public static TestDatabase h2() {
    return new TestDatabase(
        "jdbc:h2:mem:core-model-" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1", "sa", "");
  }

  /**
   * A database at a JDBC URL, migrated.
   *
   * @param url the URL
   * @param user the user
   * @param password the password
   * @return the database
   */
  public static TestDatabase at(String url, String user, String password) {
    return new TestDatabase(url, user, password);
  }

  /**
   * Runs work in one resource-local transaction, rolling back when it throws.
   *
   * @param work the work
   * @param <T> its result
   * @return the result
   */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    EntityTransaction tx = em.getTransaction();
    try {
      tx.begin();
      T result = work.apply(em);
      tx.commit();
      return result;
    } finally {
      if (tx.isActive()) {
        tx.rollback();
      }
      em.close();
    }
  }

  /**
   * Runs work in one resource-local transaction, rolling back when it throws.
   *
   * @param work the work
   */
  public void transact(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  /**
   * Reads in a fresh entity manager without a transaction.
   *
   * @param work the work
   * @param <T> its result
   * @return the result
   */
  public <T> T read(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      return work.apply(em);
    } finally {
      em.close();
    }
  }

  @Override
  public void close() {
    emf.close();
  }
}
