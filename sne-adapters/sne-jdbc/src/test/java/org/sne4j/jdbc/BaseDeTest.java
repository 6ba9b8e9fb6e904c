package org.sne4j.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The PostgreSQL server of the tests: an embedded server started once per test JVM from the
 * binaries on Maven Central (io.zonky.test; as root it runs initdb and postgres through {@code
 * unshare -U}), or an external server when {@value #ENV_URL} gives its JDBC URL (with {@value
 * #ENV_USER} and {@value #ENV_PASSWORD}). Each test class works in its own schema.
 */
final class BaseDeTest {

  /** The JDBC URL of an external server, e.g. {@code jdbc:postgresql://localhost:5432/sne_test}. */
  static final String ENV_URL = "SNE_TEST_JDBC_URL";

  static final String ENV_USER = "SNE_TEST_JDBC_USER";
  static final String ENV_PASSWORD = "SNE_TEST_JDBC_PASSWORD";

  private static EmbeddedPostgres embarque;
  private static HikariDataSource pool;
  private static String url;
  private static String utilisateur;
  private static String motDePasse;
  private static final Set<String> migres = new HashSet<>();

  private BaseDeTest() {}

  /** The pool of the tests (at most 10 connections), the server started on first use. */
  static synchronized DataSource dataSource() {
    if (pool == null) {
      String externe = System.getenv(ENV_URL);
      if (externe != null && !externe.isBlank()) {
        url = externe;
        utilisateur = System.getenv().getOrDefault(ENV_USER, "postgres");
        motDePasse = System.getenv().getOrDefault(ENV_PASSWORD, "");
      } else {
        try {
          embarque = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
          throw new UncheckedIOException("The embedded PostgreSQL server did not start", e);
        }
        url = embarque.getJdbcUrl("postgres", "postgres");
        utilisateur = "postgres";
        motDePasse = "";
      }
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(url);
      config.setUsername(utilisateur);
      config.setPassword(motDePasse);
      config.setMaximumPoolSize(10);
      config.setPoolName("sne-tests");
      config.addDataSourceProperty("reWriteBatchedInserts", "true");
      pool = new HikariDataSource(config);
      Runtime.getRuntime().addShutdownHook(new Thread(BaseDeTest::arreter, "arret-postgres-de-test"));
    }
    return pool;
  }

  /** A migrated, empty schema of that name. */
  static synchronized DataSource schemaVide(String schema) {
    DataSource ds = dataSource();
    if (migres.add(schema)) {
      SneSchema.migrate(ds, schema);
    }
    vider(schema);
    return ds;
  }

  /** Empties the tables of {@code schema} and restarts the positions at 1. */
  static void vider(String schema) {
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("truncate " + schema + ".sne_events, " + schema + ".sne_fiche_demande, " + schema
          + ".sne_attribution, " + schema + ".sne_commande, " + schema + ".sne_outbox restart identity");
      s.execute("alter sequence " + schema + ".sne_events_position_seq restart with 1");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static String url() {
    dataSource();
    return url;
  }

  static String utilisateur() {
    dataSource();
    return utilisateur;
  }

  static String motDePasse() {
    dataSource();
    return motDePasse;
  }

  private static synchronized void arreter() {
    if (pool != null) {
      pool.close();
    }
    if (embarque != null) {
      try {
        embarque.close();
      } catch (IOException e) {
        // the JVM is stopping
      }
    }
  }
}
